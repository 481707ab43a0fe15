import Foundation
import Testing

/// The reader on a system with no UTF-8 locale at all, in a real terminal.
///
/// glibc 2.35 and later build C.UTF-8 in, so no environment variable can take every UTF-8
/// locale away (LOCPATH pointing at an empty folder still leaves it). The test plays such a
/// system from outside Folio instead: an LD_PRELOAD library whose setlocale(3) refuses every
/// locale named UTF-8, so Folio runs its real startup, paints through ncurses and reads keys in
/// the C locale.
@Suite(.serialized) struct ASCIIFallbackEndToEndTests {
    static let compiler = URL(fileURLWithPath: "/usr/bin/cc")

    /// setlocale that refuses UTF-8 locales and passes everything else to the C library.
    static let shimSource = """
        #define _GNU_SOURCE
        #include <dlfcn.h>
        #include <locale.h>
        #include <strings.h>
        char *setlocale(int category, const char *locale) {
            static char *(*real)(int, const char *);
            if (!real) real = (char *(*)(int, const char *))dlsym(RTLD_NEXT, "setlocale");
            for (const char *p = locale; p && *p; p++) if (strncasecmp(p, "utf", 3) == 0) return NULL;
            return real(category, locale);
        }
        """

    /// Builds the shim into `folder`; its path.
    private func buildShim(in folder: URL) throws -> String {
        let source = folder.appendingPathComponent("no-utf8-locales.c")
        let library = folder.appendingPathComponent("no-utf8-locales.so")
        try Self.shimSource.write(to: source, atomically: true, encoding: .utf8)
        let built = try CommandRunner.run(Self.compiler, ["-shared", "-fPIC", "-o", library.path, source.path, "-ldl"])
        try #require(built.status == 0, "cc failed: \(built.stderr)")
        return library.path
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: compiler.path), "needs a C compiler for the shim"))
    func drawsASCIIAndSaysSoOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-ascii-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let shim = try buildShim(in: folder)
        let store = folder.appendingPathComponent("annotations.sqlite").path
        let command = FolioBinary.shellCommand("--store '\(store)' Articles",
                                               environment: ["LC_ALL": "C", "LD_PRELOAD": shim])
        let tmux = try TmuxSession(command: command, width: 120, height: 30)
        defer { tmux.kill() }

        // The list is on screen before the files are read; the titles come in a moment later.
        let first = try tmux.waitFor("the ASCII frame with the library read") {
            $0.hasPrefix("+- Articles") && $0.contains("|> * Khamenei Shifts Stance")
        }
        let rows = first.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[28].hasPrefix("+---"))
        #expect(rows[29].contains("No UTF-8 locale: drawing ASCII only"))
        #expect(rows[1].hasPrefix("|> * Khamenei Shifts Stance"))

        try tmux.send("Enter")
        let reader = try tmux.waitFor("the article with its quotation marks in ASCII") {
            $0.contains("Iran's Supreme Leader") && $0.contains("> \"You aim the gun")
        }
        #expect(!reader.contains("No UTF-8 locale"), "the notice goes with the first key")
        #expect(reader.unicodeScalars.allSatisfy { $0.isASCII }, "nothing but ASCII reaches the terminal")
        for row in reader.split(separator: "\n") where row.hasPrefix("|") {
            #expect(row.count == 120 && row.hasSuffix("|"), "a row out of line: \(row)")
        }

        // Typed UTF-8 still arrives whole: a search with a curly apostrophe finds the text, and
        // the key after a non-ASCII character is not lost.
        try tmux.send("/")
        try tmux.type("Iran’s Supreme")
        try tmux.send("Enter")
        try tmux.waitFor(text: "match 1 of 1")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
