extension Role {
    /// The name a theme file uses for this role: kebab-case, so `listRowSelected` is
    /// `list-row-selected` and `highlight1` is `highlight-1`.
    public var themeElementName: String {
        var name = ""
        var previous: Character?
        for character in rawValue {
            if character.isUppercase || (character.isNumber && previous?.isLetter == true) {
                name.append("-")
            }
            name.append(Character(character.lowercased()))
            previous = character
        }
        return name
    }

    /// The role a theme file's element name stands for, if any.
    public init?(themeElementName: String) {
        guard let role = Role.allCases.first(where: { $0.themeElementName == themeElementName }) else { return nil }
        self = role
    }
}
