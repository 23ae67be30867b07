import Domain
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Testing
@testable import Web

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The live server closes a connection that sends half a request and then nothing, once its timeout passes.
@Suite struct ServerTimeoutTests {
    @Test(.timeLimit(.minutes(1))) func aHalfSentRequestIsClosedAfterTheTimeout() async throws {
        let world = try APIWorld()
        defer { world.removeFiles() }
        var settings = ServerSettings(host: "127.0.0.1", port: 0)
        settings.idleTimeout = .milliseconds(300)
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        let app = try FengqiaoServer.application(database: world.database, settings: settings, clock: APIWorld.clock,
            logger: Logger(label: "test")) { channel in
            portSink.yield(channel.localAddress?.port ?? 0)
        }
        let group = ServiceGroup(configuration: .init(services: [app], logger: Logger(label: "test")))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            // A blocking socket read on a thread of its own, bounded at 10 seconds so a server that never
            // closes fails the test rather than hanging it.
            let closed = try await Task.detached { try RawConnection.halfRequestIsClosed(port: port, bound: 10) }.value
            #expect(closed, "the server closed the connection before the 10-second bound")
            await group.triggerGracefulShutdown()
            try await tasks.next()
        }
    }
}

/// A TCP connection to 127.0.0.1 written and read by hand.
enum RawConnection {
    struct Failure: Error { var step: String }

    /// Sends the start of a request without its blank line, then reads until the server closes the
    /// connection (true) or `bound` seconds pass (false).
    static func halfRequestIsClosed(port: Int, bound: Int) throws -> Bool {
        #if canImport(Glibc)
        let socketType = Int32(SOCK_STREAM.rawValue)
        #else
        let socketType = SOCK_STREAM
        #endif
        let descriptor = socket(AF_INET, socketType, 0)
        guard descriptor >= 0 else { throw Failure(step: "socket") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(step: "connect") }
        var limit = timeval(tv_sec: bound, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        let half = Array("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".utf8)
        guard send(descriptor, half, half.count, 0) == half.count else { throw Failure(step: "send") }
        var buffer = [UInt8](repeating: 0, count: 1024)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count == 0 { return true }
            if count < 0 { return errno == ECONNRESET }
        }
    }
}
