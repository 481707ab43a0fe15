/// Where a role's look comes from when a theme leaves it (or some of its fields) out, so a short
/// theme still gives every role a look that keeps it distinguishable: a selected row is its list
/// row reversed, a focused border is its border in bold, and so on.
enum ThemeInheritance: Sendable {
    /// The terminal's default colors and no attributes.
    case root
    /// The parent role's resolved style, with `adding` attributes joined to the parent's.
    case role(Role, adding: Attributes)
    /// A fixed style: the five highlight colors must differ from each other and from the text,
    /// which no parent role can guarantee.
    case fallback(ThemeStyle)

    static func of(_ role: Role) -> ThemeInheritance {
        switch role {
        case .normal: .root
        case .border, .paneTitle, .listRow, .readerText, .sidebar: .role(.normal, adding: [])
        case .statusLine, .helpOverlay: .role(.normal, adding: .reverse)
        case .warning: .role(.normal, adding: .bold)
        case .placeholder, .dim: .role(.normal, adding: .dim)
        case .borderFocused: .role(.border, adding: .bold)
        case .paneTitleFocused: .role(.paneTitle, adding: .bold)
        case .listRowSelected: .role(.listRow, adding: .reverse)
        case .listRowDetail: .role(.listRow, adding: .dim)
        case .title, .heading: .role(.readerText, adding: .bold)
        case .blockQuote, .quotation: .role(.readerText, adding: .italic)
        case .code: .role(.readerText, adding: [])
        case .link: .role(.readerText, adding: .underline)
        case .cursor: .role(.readerText, adding: .reverse)
        case .selection: .role(.readerText, adding: [.reverse, .underline])
        case .searchMatch: .role(.readerText, adding: [.reverse, .bold])
        case .speaker: .role(.sidebar, adding: .italic)
        case .highlight1: .fallback(ThemeStyle(foreground: .ansi(0), background: .ansi(3)))
        case .highlight2: .fallback(ThemeStyle(foreground: .ansi(0), background: .ansi(2)))
        case .highlight3: .fallback(ThemeStyle(foreground: .ansi(0), background: .ansi(4)))
        case .highlight4: .fallback(ThemeStyle(foreground: .ansi(0), background: .ansi(5)))
        case .highlight5: .fallback(ThemeStyle(foreground: .ansi(7), background: .ansi(5), attributes: .bold))
        }
    }
}
