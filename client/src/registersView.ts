import {
  EventEmitter,
  Range,
  ThemeIcon,
  TreeItem,
  TreeItemCollapsibleState,
  Uri,
  type Disposable,
  type Event,
  type TreeDataProvider,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RegistersRequest } from '../../protocol/requests';
import {
  type RegisterEntryListing,
  type RegisterKindListing,
  type RegisterMentions,
  type RegistersListing,
  type UnregisteredNameListing,
} from '../../protocol/letters';

/** A register kind, one of its entries, the names no register knows, or a letter that mentions one. */
export type RegistersNode =
  | { readonly type: 'kind'; readonly listing: RegisterKindListing }
  | { readonly type: 'entry'; readonly kind: string; readonly entry: RegisterEntryListing }
  | { readonly type: 'unregistered'; readonly names: readonly UnregisteredNameListing[] }
  | { readonly type: 'unregisteredName'; readonly name: UnregisteredNameListing }
  | { readonly type: 'letter'; readonly parent: string; readonly mentions: RegisterMentions };

/** The icon of each register kind's entries. */
const KIND_ICONS: Readonly<Record<string, string>> = {
  persons: 'person',
  places: 'location',
  organisations: 'organization',
  terms: 'book',
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `3 letters · 5 mentions`, or `not mentioned`. */
function mentionedText(letters: readonly RegisterMentions[]): string {
  if (letters.length === 0) return 'not mentioned';
  const mentions = letters.reduce((sum, letter) => sum + letter.count, 0);
  return `${plural(letters.length, 'letter')} \u00B7 ${plural(mentions, 'mention')}`;
}

/**
 * The Registers view: every register kind with its entries, each entry with the letters that
 * mention it, and the names the letters use that no register knows. Clicking an entry opens it
 * in its register, clicking a letter opens its first mention there. All of it is the server's
 * `letters/registers` answer; refreshed whenever the server says letters or registers changed.
 */
export class RegistersView implements TreeDataProvider<RegistersNode>, Disposable {
  private readonly changed = new EventEmitter<RegistersNode | undefined>();
  readonly onDidChangeTreeData: Event<RegistersNode | undefined> = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  /** Asks VS Code to read the view again (it does only while the view is visible). */
  refresh(): void {
    this.changed.fire(undefined);
  }

  /** The server's listing; empty while the server is not ready (its next notification refreshes the view). */
  async listing(): Promise<RegistersListing> {
    try {
      return await this.client.sendRequest(RegistersRequest);
    } catch {
      return { kinds: [], unregistered: [] };
    }
  }

  async getChildren(node?: RegistersNode): Promise<RegistersNode[]> {
    if (!node) {
      const listing = await this.listing();
      const kinds: RegistersNode[] = listing.kinds
        .filter((kind) => kind.entries.length > 0)
        .map((kind) => ({ type: 'kind', listing: kind }));
      if (listing.unregistered.length > 0) kinds.push({ type: 'unregistered', names: listing.unregistered });
      return kinds;
    }
    switch (node.type) {
      case 'kind':
        return node.listing.entries.map((entry) => ({ type: 'entry', kind: node.listing.kind, entry }));
      case 'unregistered':
        return node.names.map((name) => ({ type: 'unregisteredName', name }));
      case 'entry':
        return this.letters(`${node.kind}:${node.entry.id}`, node.entry.letters);
      case 'unregisteredName':
        return this.letters(`unregistered:${node.name.name}`, node.name.letters);
      case 'letter':
        return [];
    }
  }

  getTreeItem(node: RegistersNode): TreeItem {
    switch (node.type) {
      case 'kind': {
        const { listing } = node;
        const item = new TreeItem(listing.label, TreeItemCollapsibleState.Collapsed);
        const unmentioned = listing.entries.filter((entry) => entry.letters.length === 0).length;
        const entries = listing.entries.length === 1 ? '1 entry' : `${listing.entries.length} entries`;
        item.description = unmentioned > 0 ? `${entries} \u00B7 ${unmentioned} not mentioned` : entries;
        item.iconPath = new ThemeIcon(KIND_ICONS[listing.kind] ?? 'symbol-field');
        item.id = `kind:${listing.kind}`;
        return item;
      }
      case 'entry': {
        const { entry } = node;
        const item = new TreeItem(
          entry.name,
          entry.letters.length > 0 ? TreeItemCollapsibleState.Collapsed : TreeItemCollapsibleState.None,
        );
        item.id = `${node.kind}:${entry.id}`;
        item.description = mentionedText(entry.letters);
        item.tooltip = `${entry.name} (${entry.id}) \u2014 ${mentionedText(entry.letters)}`;
        item.iconPath = new ThemeIcon(KIND_ICONS[node.kind] ?? 'symbol-field');
        item.contextValue = entry.letters.length > 0 ? 'registerEntry.mentioned' : 'registerEntry';
        item.command = {
          title: 'Open Register Entry',
          command: 'vscode.open',
          arguments: [Uri.parse(entry.uri), { selection: this.range(entry.selectionRange) }],
        };
        return item;
      }
      case 'unregistered': {
        const item = new TreeItem('Not in a register', TreeItemCollapsibleState.Collapsed);
        item.description = plural(node.names.length, 'name');
        item.tooltip = 'Names the letters use that no register knows (person.unknown, organisation.unknown)';
        item.iconPath = new ThemeIcon('question');
        item.id = 'unregistered';
        return item;
      }
      case 'unregisteredName': {
        const { name } = node;
        const item = new TreeItem(name.name, TreeItemCollapsibleState.Collapsed);
        item.id = `unregistered:${name.name}`;
        item.description = `${name.kind} \u00B7 ${mentionedText(name.letters)}`;
        item.iconPath = new ThemeIcon(KIND_ICONS[name.kind] ?? 'symbol-field');
        return item;
      }
      case 'letter': {
        const { mentions } = node;
        const item = new TreeItem(mentions.label, TreeItemCollapsibleState.None);
        item.id = `${node.parent}@${mentions.uri}#${mentions.number ?? ''}`;
        item.description = plural(mentions.count, 'mention');
        item.iconPath = new ThemeIcon('mail');
        item.command = {
          title: 'Open Mention',
          command: 'letters.openLetter',
          arguments: [mentions.uri, mentions.range],
        };
        return item;
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
  }

  private letters(parent: string, letters: readonly RegisterMentions[]): RegistersNode[] {
    return letters.map((mentions) => ({ type: 'letter', parent, mentions }));
  }

  private range(range: RegisterEntryListing['selectionRange']): Range {
    return this.client.protocol2CodeConverter.asRange(range);
  }
}
