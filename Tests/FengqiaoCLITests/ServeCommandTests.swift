import Foundation
import Testing

@Suite struct ServeCommandTests {
    @Test func plainHTTPCookiesAreRefusedOffThisMachine() throws {
        let directory = try CommandRunner.temporaryDirectory()
        #expect(try CommandRunner.run(["db", "migrate", "--db", "d.sqlite"], in: directory).status == 0)
        let refused = try CommandRunner.run(["serve", "--no-secure-cookies", "--host", "0.0.0.0", "--db", "d.sqlite"], in: directory)
        #expect(refused.status != 0)
        #expect(refused.errors.contains("--no-secure-cookies is only for plain HTTP on this machine"), "\(refused.errors)")
    }
}
