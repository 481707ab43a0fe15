import FolioCore

/// The program loop: draw the state, wait for an event, map a key to an action, apply it, run
/// the effects, until the user quits or the terminal has no more events.
///
/// Effects other than quitting go to the `EffectHandler`, and the action it answers with is
/// applied in turn, so a save is reported as saved (or rolled back) before the next frame.
/// Without a handler nothing can be stored, and every change is rolled back saying so.
public final class Program {
    public private(set) var state: AppState
    public private(set) var keyMap: KeyMap
    private let backend: any TerminalBackend
    private let effectHandler: (any EffectHandler)?

    // MARK: - Live reload
    /// How long a wait for a key lasts before a `.tick` (which checks the open file for changes).
    private let tickMilliseconds: Int
    /// Actions applied so far; a tick that applied nothing more leaves the screen as it was.
    private var appliedActions = 0
    // MARK: - Library loading
    /// Where background work leaves its actions; nil when there is none.
    private let inbox: ActionInbox?
    /// How long a wait for a key lasts while the inbox expects actions: the longest a finished
    /// batch waits to be shown, and short enough for a progress line to move smoothly.
    static let pollMilliseconds = 50

    /// - Parameters:
    ///   - tickMilliseconds: how often, without keys, the open article's file is checked.
    ///   - inbox: actions from background work, applied between keys.
    public init(state: AppState, backend: any TerminalBackend, keyMap: KeyMap = KeyMap(),
                effectHandler: (any EffectHandler)? = nil, tickMilliseconds: Int = 1000, inbox: ActionInbox? = nil) {
        self.state = state
        self.backend = backend
        self.keyMap = keyMap
        self.effectHandler = effectHandler
        self.tickMilliseconds = max(1, tickMilliseconds)
        self.inbox = inbox
    }

    /// Runs until quit. A wait that times out is a `.tick`; a nil event before the timeout has
    /// passed means the terminal closed (end of input, or a signal), which ends the loop rather
    /// than spinning.
    public func run() {
        _ = state.apply(.resize(backend.size))
        var running = dispatch(.start)
        var needsDraw = true
        let clock = ContinuousClock()
        var lastTick = clock.now
        while running {
            if needsDraw { backend.draw(render()) }
            let timeout = inbox?.isExpectingActions == true ? min(Self.pollMilliseconds, tickMilliseconds) : tickMilliseconds
            let waitStarted = clock.now
            let event = backend.nextEvent(timeoutMilliseconds: timeout)
            let before = appliedActions
            running = applyPostedActions()
            needsDraw = appliedActions > before
            guard running else { break }
            if let event {
                needsDraw = true
                running = handle(event)
                continue
            }
            guard waitStarted.duration(to: clock.now) >= .milliseconds(timeout) else { break }
            guard lastTick.duration(to: clock.now) >= .milliseconds(tickMilliseconds) else { continue }
            lastTick = clock.now
            let beforeTick = appliedActions
            running = dispatch(.tick)
            needsDraw = needsDraw || appliedActions > beforeTick + 1
        }
    }

    /// Applies what background work has posted since the last look; false once the program should stop.
    private func applyPostedActions() -> Bool {
        guard let inbox else { return true }
        for action in inbox.drain() where !dispatch(action) { return false }
        return true
    }

    /// The screen for the current state at the current size.
    public func render() -> ScreenBuffer {
        ScreenView(keyMap: keyMap, glyphs: backend.glyphs).render(state)
    }

    /// Applies one event; false once the program should stop.
    @discardableResult
    public func handle(_ event: TerminalEvent) -> Bool {
        let action: Action?
        switch event {
        case .resize(let size):
            action = .resize(size)
        case .key(let key):
            if let menu = state.exportMenu, !state.helpVisible {
                action = menu.action(for: key)
            } else {
                action = keyMap.press(key, focus: state.focus, mode: state.inputMode, helpVisible: state.helpVisible)
            }
        // MARK: - Mouse
        case .mouse(let event):
            action = state.action(for: event)
        }
        guard let action else { return true }
        return dispatch(action)
    }

    /// Applies `action` and every action its effects answer with; false once the program should stop.
    @discardableResult
    public func dispatch(_ action: Action) -> Bool {
        var queue = [action]
        while !queue.isEmpty {
            appliedActions += 1
            for effect in state.apply(queue.removeFirst()) {
                if effect == .quit { return false }
                if let answer = answer(to: effect) { queue.append(answer) }
            }
        }
        return true
    }

    private func answer(to effect: Effect) -> Action? {
        if let effectHandler { return effectHandler.perform(effect) }
        switch effect {
        case .saveAnnotation(let annotation):
            return .persistFailed(annotation.id, reason: "no annotation store is open")
        case .deleteAnnotation(let id):
            return .persistFailed(id, reason: "no annotation store is open")
        case .quit, .loadHighlightCounts, .loadAnnotations:
            return nil
        // MARK: - Reader comforts and export
        case .export:
            return .showMessage("Cannot export: no annotation store is open")
        case .cycleTheme:
            return .showMessage("Themes cannot be changed here")
        case .saveReadingPosition, .loadReadingPosition, .loadReadStates, .saveReadState:
            return nil
        case .searchAnnotations:
            return .showMessage("No annotation store is open to search")
        // MARK: - Live reload
        case .checkForChanges:
            return nil
        // MARK: - Library loading
        case .loadArticleBody(let article):
            return .articleBodyLoaded(ArticleLoader().loadFile(at: article.file, relativePath: article.relativePath))
        case .noteIndexedArticles:
            return nil
        case .loadRawText(let article):
            return StoreEffectHandler.rawText(of: article)
        }
    }
}
