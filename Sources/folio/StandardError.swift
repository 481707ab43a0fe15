import Foundation

/// Prints a line to standard error, where messages for the user go when stdout carries data.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
