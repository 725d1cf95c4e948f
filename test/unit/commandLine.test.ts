import assert from 'node:assert/strict';
import { readServerCommand } from '../../server/src/host/commandLine';

describe('server command line', () => {
  it('serves with exactly one transport, as editors start it', () => {
    for (const argv of [
      ['--stdio'],
      ['--node-ipc', '--clientProcessId=4242'],
      ['--socket=6009'],
      ['--pipe=letters'],
    ]) {
      assert.deepEqual(readServerCommand(argv), { kind: 'serve' }, argv.join(' '));
    }
  });

  it('answers a wrong or missing argument with a message naming it', () => {
    const unknown = readServerCommand(['--stdoi']);
    assert.equal(unknown.kind, 'usage-error');
    assert.match(
      unknown.kind === 'usage-error' ? unknown.text : '',
      /^letters server: unknown argument --stdoi\n\nUsage:/,
    );
    const none = readServerCommand([]);
    assert.equal(
      none.kind === 'usage-error' && none.text.split('\n')[0],
      'letters server: give exactly one transport (found 0)',
    );
    assert.equal(readServerCommand(['--stdio', '--node-ipc']).kind, 'usage-error');
    assert.equal(readServerCommand(['--help']).kind, 'help');
  });
});
