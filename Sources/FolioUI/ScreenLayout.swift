/// Where the panes go for a terminal size: side by side with borders on a wide terminal, the
/// focused pane alone on a narrow one, and a notice when the terminal is too small to be useful.
public struct ScreenLayout: Sendable, Hashable {
    /// From this many columns the three panes are shown together.
    public static let wideWidth = 100
    /// Below this the screen only says it is too small.
    public static let minimumSize = Size(width: 20, height: 6)

    public var list: Rect?
    public var reader: Rect?
    public var sidebar: Rect?
    public var status: Rect
    public var isWide: Bool
    public var isTooSmall: Bool

    /// `sidebarVisible` false gives the sidebar's width to the reader; focus then never
    /// reaches the sidebar (see `AppState.sidebarVisible`).
    public init(size: Size, focus: Pane, sidebarVisible: Bool = true) {
        isTooSmall = size.width < ScreenLayout.minimumSize.width || size.height < ScreenLayout.minimumSize.height
        isWide = !isTooSmall && size.width >= ScreenLayout.wideWidth
        status = Rect(x: 0, y: size.height - 1, width: isTooSmall ? 0 : size.width, height: isTooSmall ? 0 : 1)
        list = nil
        reader = nil
        sidebar = nil
        guard !isTooSmall else { return }
        let height = size.height - 1
        if isWide {
            let listWidth = size.width * 30 / 100
            let sidebarWidth = sidebarVisible ? size.width * 28 / 100 : 0
            list = Rect(x: 0, y: 0, width: listWidth, height: height)
            reader = Rect(x: listWidth, y: 0, width: size.width - listWidth - sidebarWidth, height: height)
            if sidebarVisible { sidebar = Rect(x: size.width - sidebarWidth, y: 0, width: sidebarWidth, height: height) }
        } else {
            let full = Rect(x: 0, y: 0, width: size.width, height: height)
            switch focus {
            case .list: list = full
            case .reader: reader = full
            case .sidebar: sidebar = full
            }
        }
    }

    /// The rectangle `pane` has when it is visible, whatever has focus now; state uses it to
    /// size pages and keep selections in view even for a pane hidden on a narrow terminal.
    public static func frame(of pane: Pane, size: Size, sidebarVisible: Bool = true) -> Rect {
        let layout = ScreenLayout(size: size, focus: pane, sidebarVisible: sidebarVisible || pane == .sidebar)
        switch pane {
        case .list: return layout.list ?? Rect(x: 0, y: 0, width: 0, height: 0)
        case .reader: return layout.reader ?? Rect(x: 0, y: 0, width: 0, height: 0)
        case .sidebar: return layout.sidebar ?? Rect(x: 0, y: 0, width: 0, height: 0)
        }
    }
}
