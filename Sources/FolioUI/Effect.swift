/// Work that `AppState.apply(_:)` asks the program loop to do, keeping the state change itself
/// pure: quitting, and later saving annotations or exporting.
public enum Effect: Sendable, Hashable {
    case quit
}
