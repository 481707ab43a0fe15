extension AppState {
    /// Whether focus may move to `pane`: not to a sidebar the user has hidden.
    func focusable(_ pane: Pane) -> Bool {
        pane != .sidebar || sidebarVisible
    }
}
