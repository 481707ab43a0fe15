import FolioUI

/// Passes effects on to a real handler and adds up the time spent in it, so a keystroke's own
/// cost (state update and redraw) can be told apart from the durable store write it triggers,
/// which the highlight commit row measures on its own.
final class TimedEffectHandler: EffectHandler {
    private let handler: any EffectHandler
    /// Milliseconds spent in `handler` since the last `takeElapsed()`.
    private var elapsed = 0.0

    init(_ handler: any EffectHandler) {
        self.handler = handler
    }

    func perform(_ effect: Effect) -> Action? {
        var answer: Action?
        elapsed += measureMilliseconds { answer = handler.perform(effect) }
        return answer
    }

    /// The time spent in the handler so far, resetting it.
    func takeElapsed() -> Double {
        defer { elapsed = 0 }
        return elapsed
    }
}
