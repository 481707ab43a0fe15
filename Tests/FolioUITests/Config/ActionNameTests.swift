import Testing
@testable import FolioUI

@Suite struct ActionNameTests {
    @Test func everyConfigurableActionHasAUniqueKebabCaseName() {
        let names = KeyBinding.defaults.filter { $0.context != .help }.map(\.name)
        #expect(Set(names).count == names.count, "duplicate names: \(names)")
        for name in names {
            #expect(name.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(name)")
        }
    }

    @Test func namesFollowTheActions() {
        let byAction = Dictionary(KeyBinding.defaults.map { ($0.action, $0.name) }, uniquingKeysWith: { first, _ in first })
        #expect(byAction[.lineDown] == "line-down")
        #expect(byAction[.nextQuotation] == "next-quotation")
        #expect(byAction[.highlight] == "highlight")
        #expect(byAction[.setColor(.yellow)] == "set-color-1")
        #expect(byAction[.setColor(.purple)] == "set-color-5")
        #expect(byAction[.toggleDetectedQuotations] == "toggle-detected-quotations")
        #expect(byAction[.quit] == "quit")
    }

    @Test func defaultsHaveNoConflicts() {
        #expect(KeyConflict.all(in: KeyBinding.defaults).isEmpty)
    }
}
