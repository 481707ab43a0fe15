import Foundation
import Synchronization
import Testing

/// The store's promises checked against real processes: an id `folio annotate` printed is on
/// disk whatever happens next, concurrent writers lose nothing, and a locked, damaged, full or
/// unwritable store is refused with a message naming it — never overwritten, never hung on.
/// Stores are inspected with the `sqlite3` tool, not through Folio.
@Suite struct StoreDurabilityTests {
    // MARK: - Killed writers

    @Test func everyPrintedIDSurvivesWritersKilledAtRandomMoments() throws {
        let workspace = try StoreWorkspace()
        let clock = ContinuousClock()
        var printed = try [workspace.runAnnotate(0), workspace.runAnnotate(1)].map(Self.acknowledgedID)
        // Kill anywhere in a writer's life, from exec to exit: the window follows the last run
        // allowed to finish, since the machine's load changes how long a run takes.
        var typicalRun = try clock.measure { printed.append(try Self.acknowledgedID(workspace.runAnnotate(2))) }
        let runs = 50
        var kills = 0
        var acknowledgedBeforeKill = 0
        for run in 0..<runs {
            let started = clock.now
            let writer = try FolioProcess(workspace.annotate(3 + run))
            let allowedToFinish = run % 5 == 4
            if !allowedToFinish {
                Thread.sleep(forTimeInterval: Double.random(in: 0...Self.seconds(typicalRun)))
                writer.kill()
            }
            let result = writer.finish()
            let line = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            if allowedToFinish {
                typicalRun = clock.now - started
                #expect(result.status == 0, "\(result.stderr)")
            }
            if writer.wasKilled { kills += 1 }
            guard !line.isEmpty else { continue }
            #expect(UUID(uuidString: line) != nil, "printed \(line)")
            printed.append(line)
            if writer.wasKilled { acknowledgedBeforeKill += 1 }
        }

        #expect(try SQLiteShell.integrityCheck(workspace.store) == ["ok"])
        let stored = try SQLiteShell.annotationIDs(workspace.store)
        #expect(Set(printed).isSubset(of: stored), "acknowledged but lost: \(Set(printed).subtracting(stored))")
        #expect(stored.count <= runs + 3)
        #expect(Set(stored).count == stored.count)
        #expect(kills >= runs / 4, "only \(kills) of \(runs) writers were killed mid-run")
        print("killed \(kills) of \(runs) writers (\(acknowledgedBeforeKill) after printing their id); "
            + "\(printed.count) ids acknowledged, \(stored.count) stored; a run takes \(typicalRun)")

        let after = try workspace.runAnnotate(Self.lastClaim)
        #expect(after.status == 0, "the store is unusable after the kills: \(after.stderr)")
    }

    /// A writer killed while checkpointing has copied page 1 — whose header counts the pages the
    /// database grew to — but not yet the pages after it, which are still in the WAL. SQLite
    /// finishes the job on the next open; Folio must not call the file truncated.
    @Test func aStoreKilledMidCheckpointIsRecoveredNotRefused() throws {
        let workspace = try StoreWorkspace()
        let first = try Self.acknowledgedID(workspace.runAnnotate(0))
        let grow = """
            PRAGMA wal_autocheckpoint = 0;
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
            INSERT INTO reading_position SELECT 'grown/' || i, i, 0 FROM n;
            SELECT 'held';
            """
        let holder = try LockHolder(database: workspace.store, sql: grow)
        let crashed = try Self.copyStore(workspace.store, to: workspace.folder.appendingPathComponent("crashed"))
        let checkpointed = try Self.copyStore(workspace.store, to: workspace.folder.appendingPathComponent("checkpointed"))
        holder.release()
        _ = try SQLiteShell.query(checkpointed, "PRAGMA wal_checkpoint(TRUNCATE);")

        let crashedURL = URL(fileURLWithPath: crashed)
        var bytes = try Data(contentsOf: crashedURL)
        let pageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        bytes.replaceSubrange(0..<pageSize, with: try Data(contentsOf: URL(fileURLWithPath: checkpointed)).prefix(pageSize))
        try bytes.write(to: crashedURL)
        let promisedPages = bytes[28..<32].reduce(0) { $0 << 8 | Int($1) }
        try #require(promisedPages * pageSize > bytes.count, "the crash state was not built")
        let cut = try Self.copyStore(crashed, to: workspace.folder.appendingPathComponent("cut"))
        let cutBytes = bytes.prefix(2 * pageSize)
        try cutBytes.write(to: URL(fileURLWithPath: cut))

        let saved = try workspace.runAnnotate(1, store: crashed)
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(try SQLiteShell.integrityCheck(crashed) == ["ok"])
        let stored = try SQLiteShell.annotationIDs(crashed)
        #expect(stored.contains(first))
        #expect(stored.contains(saved.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(try SQLiteShell.query(crashed, "SELECT count(*) FROM reading_position;") == ["2000"])

        // The same state with pages missing that the log does not hold is damage after all.
        let refused = try workspace.runAnnotate(2, store: cut)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains(cut) && refused.stderr.contains("damaged"), "\(refused.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: cut)) == cutBytes)
    }

    // MARK: - Concurrent writers

    @Test func concurrentWritersOnAFreshStoreLoseNothing() throws {
        let workspace = try StoreWorkspace()
        let writers = 4
        let runsEach = 8
        let results = Mutex<[FolioBinary.Result]>([])
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            for run in 0..<runsEach {
                let result = Result { try workspace.runAnnotate(writer * 40 + run) }
                let outcome = (try? result.get()) ?? FolioBinary.Result(status: -1, stdout: "", stderr: "\(result)")
                results.withLock { $0.append(outcome) }
            }
        }
        let finished = results.withLock { $0 }
        for result in finished {
            #expect(result.status == 0, "\(result.stderr)")
        }
        let printed = finished.map { $0.stdout.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        #expect(try SQLiteShell.integrityCheck(workspace.store) == ["ok"])
        let stored = try SQLiteShell.annotationIDs(workspace.store)
        #expect(printed.count == writers * runsEach)
        #expect(stored.count == writers * runsEach)
        #expect(Set(printed) == Set(stored))
    }

    /// Folios racing to create the same new store — WAL set-up and migration — all succeed.
    @Test func manyWritersCreatingOneNewStoreTogetherAllSucceed() throws {
        let workspace = try StoreWorkspace()
        let rounds = 12
        let writers = 6
        for round in 0..<rounds {
            let store = workspace.folder.appendingPathComponent("round-\(round)/annotations.sqlite").path
            let started = try (0..<writers).map { try FolioProcess(workspace.annotate($0, store: store)) }
            let printed = started.map { $0.finish() }.map { result in
                #expect(result.status == 0, "round \(round): \(result.stderr)")
                return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            #expect(try Set(SQLiteShell.annotationIDs(store)) == Set(printed))
            #expect(try SQLiteShell.integrityCheck(store) == ["ok"])
        }
    }

    // MARK: - Locked store

    /// Two ways another program can hold the store: a write transaction left open (readers still
    /// pass, writers wait), and exclusive locking mode (nobody else may even read).
    @Test(arguments: [
        "BEGIN EXCLUSIVE; INSERT INTO reading_position VALUES ('held', 1, 0); SELECT 'held';",
        "PRAGMA locking_mode = EXCLUSIVE; INSERT INTO reading_position VALUES ('held', 1, 0); SELECT 'held';",
    ])
    func aLockedStoreIsRefusedWithinTheBusyTimeout(holdingSQL: String) throws {
        let workspace = try StoreWorkspace()
        let first = try Self.acknowledgedID(workspace.runAnnotate(0))
        let holder = try LockHolder(database: workspace.store, sql: holdingSQL)

        let started = ContinuousClock.now
        let refused = try workspace.runAnnotate(1)
        let waited = ContinuousClock.now - started
        #expect(refused.status != 0)
        #expect(refused.stdout.isEmpty, "an id was printed for a write that could not happen")
        #expect(refused.stderr.contains(workspace.store), "\(refused.stderr)")
        #expect(refused.stderr.contains("locked"), "\(refused.stderr)")
        #expect(waited < .seconds(15), "waited \(waited), far beyond the 5 s busy timeout")

        let list = try FolioBinary.run(["list", workspace.folder.path])
        #expect(list.status == 0)
        #expect(list.stdout.contains("Durability of the annotation store"))

        holder.release()
        #expect(try SQLiteShell.integrityCheck(workspace.store) == ["ok"])
        #expect(try SQLiteShell.annotationIDs(workspace.store) == [first])
        let afterRelease = try workspace.runAnnotate(2)
        #expect(afterRelease.status == 0, "\(afterRelease.stderr)")
    }

    // MARK: - Damaged store

    enum Damage: String, CaseIterable, Sendable {
        case garbage, shorterThanHeader, cutAtPageBoundary, cutMidPage

        /// The damaged bytes, made from a healthy store's.
        func apply(to healthy: Data) -> Data {
            switch self {
            case .garbage: Data((0..<16384).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })
            case .shorterThanHeader: healthy.prefix(50)
            case .cutAtPageBoundary: healthy.prefix(8192)
            case .cutMidPage: healthy.prefix(10000)
            }
        }
    }

    @Test(arguments: Damage.allCases)
    func aDamagedStoreIsRefusedAndLeftByteForByte(damage: Damage) throws {
        let workspace = try StoreWorkspace()
        for claim in 0..<3 { _ = try Self.acknowledgedID(workspace.runAnnotate(claim)) }
        let storeURL = URL(fileURLWithPath: workspace.store)
        let damaged = damage.apply(to: try Data(contentsOf: storeURL))
        try damaged.write(to: storeURL)

        for command in [workspace.annotate(3), ["annotations", "--store", workspace.store]] {
            let refused = try FolioBinary.run(command)
            #expect(refused.status != 0, "\(command[0]) accepted a \(damage) store")
            #expect(refused.stdout.isEmpty)
            #expect(refused.stderr.contains(workspace.store), "\(refused.stderr)")
            #expect(refused.stderr.contains("damaged"), "\(refused.stderr)")
        }
        #expect(try Data(contentsOf: storeURL) == damaged, "the damaged store was written to")
        let siblings = try FileManager.default.contentsOfDirectory(atPath: storeURL.deletingLastPathComponent().path)
        #expect(siblings == ["annotations.sqlite"], "journal files appeared beside a refused store")

        let show = try FolioBinary.run(["show", "--width", "400", workspace.article.path])
        #expect(show.status == 0)
        #expect(show.stdout.contains(StoreWorkspace.quote(7)))
        let list = try FolioBinary.run(["list", workspace.folder.path])
        #expect(list.status == 0)
    }

    // MARK: - Permissions

    @Test func aNewStoreIsPrivateToItsOwner() throws {
        let workspace = try StoreWorkspace()
        let folder = workspace.folder.appendingPathComponent("new")
        let store = folder.appendingPathComponent("annotations.sqlite").path
        _ = try Self.acknowledgedID(workspace.runAnnotate(0, store: store))
        #expect(try Self.permissions(folder.path) == 0o700)
        #expect(try Self.permissions(store) == 0o600)
    }

    // MARK: - Full disk

    @Test(.enabled(if: TmpfsMount.isPermitted, "mounting a tmpfs is not permitted here, so no disk can be filled"))
    func aFullDiskFailsClearlyAndAcknowledgesNothingUnwritten() throws {
        let workspace = try StoreWorkspace()
        let mount = try TmpfsMount(at: workspace.folder.appendingPathComponent("small"), size: "256k")
        defer { mount.unmount() }
        let store = mount.folder.appendingPathComponent("annotations.sqlite").path
        var printed = [try Self.acknowledgedID(workspace.runAnnotate(0, store: store))]
        let filler = mount.folder.appendingPathComponent("filler")
        try Self.fill(filler)
        let before = try Data(contentsOf: URL(fileURLWithPath: store))

        for claim in 1...4 {
            let refused = try workspace.runAnnotate(claim, store: store)
            #expect(refused.status != 0, "an annotation was saved on a full disk")
            #expect(refused.stdout.isEmpty)
            #expect(refused.stderr.contains(store), "\(refused.stderr)")
            #expect(refused.stderr.contains("full"), "\(refused.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)

        try FileManager.default.removeItem(at: filler)
        #expect(try SQLiteShell.integrityCheck(store) == ["ok"])
        printed.append(try Self.acknowledgedID(workspace.runAnnotate(5, store: store)))
        #expect(try Set(SQLiteShell.annotationIDs(store)) == Set(printed))
    }

    // MARK: - Helpers

    private static let lastClaim = StoreWorkspace.claimCount - 1

    /// The id a successful `folio annotate` printed; records an issue when it failed.
    private static func acknowledgedID(_ result: FolioBinary.Result) throws -> String {
        #expect(result.status == 0, "\(result.stderr)")
        let line = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return try #require(UUID(uuidString: line)).uuidString
    }

    /// Copies a store and its WAL into `folder`, as a crash would leave them, and returns the copy.
    private static func copyStore(_ store: String, to folder: URL) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("annotations.sqlite").path
        try FileManager.default.copyItem(atPath: store, toPath: copy)
        try FileManager.default.copyItem(atPath: store + "-wal", toPath: copy + "-wal")
        return copy
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private static func permissions(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    /// Writes zeros to `file` until the file system has no room left.
    private static func fill(_ file: URL) throws {
        try Data().write(to: file)
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        let chunk = Data(count: 4096)
        while (try? handle.write(contentsOf: chunk)) != nil {}
    }
}
