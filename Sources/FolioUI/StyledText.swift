/// A style laid over a range of scalars of some text. When ranges overlap, a later range's role
/// wins and attributes add up, so a quotation inside emphasis stays italic.
public struct StyledRange: Sendable, Hashable {
    public var range: Range<Int>
    public var role: Role?
    public var attributes: Attributes

    public init(range: Range<Int>, role: Role? = nil, attributes: Attributes = []) {
        self.range = range
        self.role = role
        self.attributes = attributes
    }

    func apply(to style: inout Style) {
        if let role { style.role = role }
        style.attributes.formUnion(attributes)
    }
}

/// Text drawn in one style.
public struct StyledSpan: Sendable, Hashable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style) {
        self.text = text
        self.style = style
    }
}
