extension Attributes {
    /// The words theme files use in `attrs = [...]`, in display order.
    public static let themeNames: [(name: String, attributes: Attributes)] = [
        ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline), ("reverse", .reverse),
    ]
}
