import type { DocumentModel } from '../../analysis/model';
import type { Problem } from '../../analysis/problems';
import type { Edition } from '../../analysis/edition';
import { nearestRegister, stubEntryFix } from './stubEntry';

/**
 * The names a kind's recogniser reads as one of its entries but no register of the kind knows
 * (`person.unknown`: a name after a title, `Com. Xyz`), each with a fix that adds a stub entry to
 * the register nearest the document. Quiet for a kind of which the workspace keeps no register:
 * an edition that keeps no person register should not hear about persons.
 */
export function unknownNames(model: DocumentModel, workspace: Edition): Problem[] {
  const registers = workspace.registers;
  return registers.kinds.flatMap((index) => {
    const code = index.kind.unknownCode;
    const files = index.files();
    if (!code || files.length === 0) return [];
    const register = nearestRegister(model.uri, files);
    const { singular } = index.kind;
    return registers.unknownNames(model, index.kind).map((unknown): Problem => {
      const fix = register && stubEntryFix(register, unknown.name, (id) => index.entry(id) !== undefined);
      return {
        code,
        span: unknown.span,
        message: `"${unknown.name}" looks like a ${singular} but is in no ${singular} register.`,
        related: [],
        fixes: fix ? [fix] : [],
      };
    });
  });
}
