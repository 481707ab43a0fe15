/// How much data and how many repetitions: the sizes, or a tiny smoke run that only
/// proves every scenario still runs (`make test` uses it so the benchmark cannot rot).
struct BenchScale {
    var articleCount: Int
    var longArticleBytes: Int
    var highlightCount: Int
    var runs: Int
    var keystrokes: Int
    var commits: Int

    static let full = BenchScale(
        articleCount: 10_000, longArticleBytes: 10 * 1_048_576, highlightCount: 100_000,
        runs: 5, keystrokes: 1_000, commits: 200
    )
    static let smoke = BenchScale(
        articleCount: 30, longArticleBytes: 64 * 1024, highlightCount: 300, runs: 1, keystrokes: 20, commits: 5
    )
}
