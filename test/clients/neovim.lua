-- Neovim's own LSP client on the sample edition, headless: the setup the README documents
-- (vim.lsp.start_client with `node dist/server.js --stdio`), checked end to end.
-- Run by run.mjs: nvim --headless --clean -c "luafile test/clients/neovim.lua" <root>
local root = vim.fn.getcwd()
local sample = root .. '/samples/stalin-molotov-1926.letters'
local failures = {}

local function check(condition, message)
  if not condition then table.insert(failures, message) end
  print((condition and 'ok   ' or 'FAIL ') .. message)
end

vim.cmd('edit ' .. vim.fn.fnameescape(sample))
local buffer = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'letters',
  cmd = { 'node', root .. '/dist/server.js', '--stdio' },
  root_dir = root .. '/samples',
})
check(client_id ~= nil, 'the server starts')
vim.lsp.buf_attach_client(buffer, client_id)

check(
  vim.wait(20000, function() return #vim.diagnostic.get(buffer) > 0 end, 50),
  'diagnostics are published for the sample'
)
local codes = {}
for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
  -- Neovim 0.7 keeps the LSP code in user_data; later versions also in `code`.
  local lsp = diagnostic.user_data and diagnostic.user_data.lsp or {}
  codes[diagnostic.code or lsp.code or ''] = true
end
local names = vim.tbl_keys(codes)
table.sort(names)
check(codes['note.glued'] ~= nil and codes['date.malformed'] ~= nil, 'they include note.glued and date.malformed (' .. table.concat(names, ', ') .. ')')

--- The LSP position of the `offset`-th byte after the first `needle` in the buffer.
local function position_of(needle, offset)
  for number, line in ipairs(vim.api.nvim_buf_get_lines(buffer, 0, -1, false)) do
    local start = line:find(needle, 1, true)
    if start then
      local _, utf16 = vim.str_utfindex(line, start - 1 + offset)
      return { line = number - 1, character = utf16 }
    end
  end
  error('not in the sample: ' .. needle)
end

local function request(method, params)
  local answers = vim.lsp.buf_request_sync(buffer, method, params, 10000) or {}
  local answer = answers[client_id] or {}
  check(answer.err == nil, method .. ' answers without error')
  return answer.result
end

local document = { uri = vim.uri_from_bufnr(buffer) }
local symbols = request('textDocument/documentSymbol', { textDocument = document }) or {}
check(#symbols == 20, 'the outline has the 20 letters (' .. #symbols .. ')')
check(symbols[1] and symbols[1].name:match('^Letter 11') ~= nil, 'the first is Letter 11')

local marker = position_of('(for a rendevous?).2', #'(for a rendevous?).')
local targets = request('textDocument/definition', { textDocument = document, position = marker }) or {}
local target = targets[1] or {}
local range = target.targetSelectionRange or target.range
check(range ~= nil and range.start.line > marker.line, 'definition goes from marker 2 to its note below')

local hover = request('textDocument/hover', { textDocument = document, position = position_of('Grisha [Zinoviev], who', 2) })
local value = hover and hover.contents and hover.contents.value or ''
check(value:find('Zinoviev, Grigorii Yevseevich', 1, true) ~= nil, 'hover on Grisha names Zinoviev')

vim.lsp.stop_client(client_id)
if #failures > 0 then
  vim.cmd('cquit 1')
else
  vim.cmd('qall!')
end
