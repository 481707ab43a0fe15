/// The program loop: draw the state, wait for an event, map a key to an action, apply it, run
/// the effects, until the user quits or the terminal has no more events.
public final class Program {
    public private(set) var state: AppState
    public let keyMap: KeyMap
    private let backend: any TerminalBackend

    public init(state: AppState, backend: any TerminalBackend, keyMap: KeyMap = KeyMap()) {
        self.state = state
        self.backend = backend
        self.keyMap = keyMap
    }

    /// Runs until quit. A nil event from a wait without timeout means the terminal closed (end
    /// of input), which also ends the loop rather than spinning.
    public func run() {
        _ = state.apply(.resize(backend.size))
        var running = true
        while running {
            backend.draw(render())
            guard let event = backend.nextEvent(timeoutMilliseconds: nil) else { break }
            running = handle(event)
        }
    }

    /// The screen for the current state at the current size.
    public func render() -> ScreenBuffer {
        ScreenView(keyMap: keyMap).render(state)
    }

    /// Applies one event; false once the program should stop.
    @discardableResult
    public func handle(_ event: TerminalEvent) -> Bool {
        let action: Action?
        switch event {
        case .resize(let size):
            action = .resize(size)
        case .key(let key):
            action = keyMap.action(for: key, focus: state.focus, helpVisible: state.helpVisible)
        }
        guard let action else { return true }
        for effect in state.apply(action) {
            switch effect {
            case .quit: return false
            }
        }
        return true
    }
}
