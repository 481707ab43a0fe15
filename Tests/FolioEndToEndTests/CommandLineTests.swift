import Testing

@Suite struct CommandLineTests {
    @Test func helpDescribesFolio() throws {
        let result = try FolioBinary.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("folio"))
    }
}
