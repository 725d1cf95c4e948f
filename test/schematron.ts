import { DOMParser } from '@xmldom/xmldom';
import { evaluateXPathToNodes } from 'fontoxpath';
import { Schema } from 'node-schematron';

const ATTRIBUTE_NODE = 2;

/** What a Schematron assertion says of a document: its message, trimmed. */
export interface SchematronFinding {
  readonly message: string;
}

/**
 * Every failed assertion and successful report of a Schematron schema on a document, with
 * node-schematron. node-schematron walks element and text nodes only, so a rule whose context is
 * an attribute (`tei:correspDesc/@source` in CMIF's schema) would never fire; those rules are run
 * here on the attributes their context selects, with the library's own rule evaluation, and, as
 * Schematron says, only the first rule of a pattern that matches a node applies to it.
 */
export function schematronFindings(schemaText: string, documentText: string): SchematronFinding[] {
  const schema = Schema.fromString(schemaText);
  // fontoxpath, which node-schematron evaluates with, reads any DOM.
  const document = new DOMParser().parseFromString(documentText, 'text/xml') as unknown as Document;
  const results = schema.validateDocument(document as never);
  const options = { namespaceResolver: schema.getNamespaceUriForPrefix.bind(schema) };
  for (const pattern of schema.patterns) {
    const ruled = new Set<unknown>();
    for (const rule of pattern.rules) {
      const attributes = evaluateXPathToNodes(`//(${rule.context})`, document, null, {}, options).filter(
        (node) => (node as { nodeType?: number }).nodeType === ATTRIBUTE_NODE && !ruled.has(node),
      );
      for (const attribute of attributes) {
        ruled.add(attribute);
        results.push(...rule.validateNode(attribute as never, {}, options));
      }
    }
  }
  return results.map((result) => ({ message: (result.message ?? '').replace(/\s+/g, ' ').trim() }));
}
