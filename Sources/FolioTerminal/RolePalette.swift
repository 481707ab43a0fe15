import FolioUI

/// How each role looks on a terminal: a foreground and background color (-1 is the terminal's
/// default) and attributes. The built-in palette until themes are loaded from files.
struct RolePalette {
    struct Entry {
        var foreground: Int16
        var background: Int16
        var attributes: Attributes
    }

    var entries: [Role: Entry]

    /// A dark-terminal palette using the 8 ANSI colors, so it works on every color terminal.
    static let standard = RolePalette(entries: [
        .border: Entry(foreground: 8, background: -1, attributes: []),
        .borderFocused: Entry(foreground: 6, background: -1, attributes: [.bold]),
        .paneTitle: Entry(foreground: 7, background: -1, attributes: []),
        .paneTitleFocused: Entry(foreground: 6, background: -1, attributes: [.bold]),
        .listRowSelected: Entry(foreground: 0, background: 6, attributes: []),
        .listRowDetail: Entry(foreground: 8, background: -1, attributes: []),
        .title: Entry(foreground: 3, background: -1, attributes: [.bold]),
        .heading: Entry(foreground: 3, background: -1, attributes: [.bold]),
        .blockQuote: Entry(foreground: 6, background: -1, attributes: [.italic]),
        .code: Entry(foreground: 2, background: -1, attributes: []),
        .link: Entry(foreground: 4, background: -1, attributes: [.underline]),
        .quotation: Entry(foreground: 2, background: -1, attributes: []),
        .cursor: Entry(foreground: -1, background: -1, attributes: [.reverse]),
        .highlight1: Entry(foreground: 0, background: 3, attributes: []),
        .highlight2: Entry(foreground: 0, background: 2, attributes: []),
        .highlight3: Entry(foreground: 0, background: 4, attributes: []),
        .highlight4: Entry(foreground: 0, background: 5, attributes: []),
        .highlight5: Entry(foreground: 7, background: 5, attributes: [.bold]),
        .speaker: Entry(foreground: 5, background: -1, attributes: [.italic]),
        .dim: Entry(foreground: 8, background: -1, attributes: [.dim]),
        .statusLine: Entry(foreground: 0, background: 7, attributes: []),
        .helpOverlay: Entry(foreground: 7, background: 4, attributes: []),
        .searchMatch: Entry(foreground: 0, background: 3, attributes: [.bold]),
        .warning: Entry(foreground: 1, background: -1, attributes: [.bold]),
        .placeholder: Entry(foreground: 5, background: -1, attributes: [.dim]),
    ])

    /// Attributes only, for `NO_COLOR` and terminals without color.
    static let monochrome = RolePalette(entries: [
        .borderFocused: Entry(foreground: -1, background: -1, attributes: [.bold]),
        .paneTitleFocused: Entry(foreground: -1, background: -1, attributes: [.bold]),
        .listRowSelected: Entry(foreground: -1, background: -1, attributes: [.reverse]),
        .listRowDetail: Entry(foreground: -1, background: -1, attributes: [.dim]),
        .title: Entry(foreground: -1, background: -1, attributes: [.bold]),
        .heading: Entry(foreground: -1, background: -1, attributes: [.bold]),
        .blockQuote: Entry(foreground: -1, background: -1, attributes: [.italic]),
        .link: Entry(foreground: -1, background: -1, attributes: [.underline]),
        .quotation: Entry(foreground: -1, background: -1, attributes: [.italic]),
        .cursor: Entry(foreground: -1, background: -1, attributes: [.reverse]),
        .highlight1: Entry(foreground: -1, background: -1, attributes: [.reverse]),
        .highlight2: Entry(foreground: -1, background: -1, attributes: [.reverse, .bold]),
        .highlight3: Entry(foreground: -1, background: -1, attributes: [.reverse, .underline]),
        .highlight4: Entry(foreground: -1, background: -1, attributes: [.reverse, .italic]),
        .highlight5: Entry(foreground: -1, background: -1, attributes: [.reverse, .dim]),
        .speaker: Entry(foreground: -1, background: -1, attributes: [.italic]),
        .dim: Entry(foreground: -1, background: -1, attributes: [.dim]),
        .statusLine: Entry(foreground: -1, background: -1, attributes: [.reverse]),
        .helpOverlay: Entry(foreground: -1, background: -1, attributes: [.reverse]),
        .searchMatch: Entry(foreground: -1, background: -1, attributes: [.bold, .underline]),
        .warning: Entry(foreground: -1, background: -1, attributes: [.bold]),
        .placeholder: Entry(foreground: -1, background: -1, attributes: [.dim]),
    ])

    func entry(for role: Role) -> Entry {
        entries[role] ?? Entry(foreground: -1, background: -1, attributes: [])
    }
}
