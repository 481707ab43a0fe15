extension Array where Element == Article {
    /// Each article's position by `Article.id` (the first, should an id repeat): articles read in
    /// the background, reloaded or found by a search arrive by id, and a library has thousands.
    public func positionsByID() -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(count)
        for (index, article) in enumerated() where positions[article.id] == nil { positions[article.id] = index }
        return positions
    }
}
