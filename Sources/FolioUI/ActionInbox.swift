import Synchronization

/// Actions produced off the program loop (by the background reading of the library) waiting to
/// be applied on it. The loop cannot be woken from another thread while it waits for a key, so
/// while work is under way it waits in short slices and empties the inbox after each.
public final class ActionInbox: Sendable {
    private let state = Mutex(State())

    private struct State {
        var actions: [Action] = []
        var workers = 0
    }

    public init() {}

    /// Says that a producer has started; the loop polls until each has called `workFinished`.
    public func workStarted() {
        state.withLock { $0.workers += 1 }
    }

    public func workFinished() {
        state.withLock { $0.workers = max(0, $0.workers - 1) }
    }

    public func post(_ action: Action) {
        state.withLock { $0.actions.append(action) }
    }

    /// Whether actions may still arrive (a producer is working, or some are waiting).
    public var isExpectingActions: Bool {
        state.withLock { $0.workers > 0 || !$0.actions.isEmpty }
    }

    /// Takes every waiting action, oldest first.
    func drain() -> [Action] {
        state.withLock { state in
            defer { state.actions.removeAll() }
            return state.actions
        }
    }
}
