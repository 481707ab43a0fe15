/// Carries out effects outside the state, such as writing annotations to the store. `Program`
/// calls it synchronously and applies the action it returns, so a failed save is rolled back
/// in the state and reported instead of silently lost.
public protocol EffectHandler {
    /// Performs `effect` and returns the action reporting its outcome, or nil when there is
    /// nothing to report.
    func perform(_ effect: Effect) -> Action?
}
