import Foundation

/// A small tmpfs mounted for one test, to fill a disk for real without touching the machine's
/// own file systems. Mounting needs privileges a sandbox may not grant, hence `isPermitted`.
struct TmpfsMount {
    let folder: URL

    /// Mounts a tmpfs of `size` (e.g. "256k") on `folder`, creating the folder.
    init(at folder: URL, size: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.run(["mount", "-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.path])
        self.folder = folder
    }

    func unmount() {
        try? Self.run(["umount", folder.path])
    }

    /// Whether this process may mount a tmpfs, found by mounting and unmounting one.
    static let isPermitted: Bool = {
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("folio-mount-probe-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: probe) }
        guard let mount = try? TmpfsMount(at: probe, size: "64k") else { return false }
        mount.unmount()
        return true
    }()

    struct Failure: Error, CustomStringConvertible {
        var command: [String]
        var status: Int32
        var description: String { "\(command.joined(separator: " ")) exited \(status)" }
    }

    private static func run(_ command: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(command: command, status: process.terminationStatus) }
    }
}
