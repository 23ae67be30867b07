import Domain
import Testing

@Suite struct CoordinateTests {
    @Test func beijingToShanghaiIsAbout1067Kilometres() throws {
        let beijing = try #require(Coordinate(latitude: 39.9042, longitude: 116.4074))
        let shanghai = try #require(Coordinate(latitude: 31.2304, longitude: 121.4737))
        #expect(abs(beijing.kilometres(to: shanghai) - 1_067.3) < 1)
    }

    @Test func oneDegreeOfLatitudeIsAbout111Kilometres() throws {
        let south = try #require(Coordinate(latitude: 38, longitude: 121.6))
        let north = try #require(Coordinate(latitude: 39, longitude: 121.6))
        #expect(abs(south.kilometres(to: north) - 111.195) < 0.01)
    }

    @Test func distanceIsSymmetricAndZeroToItself() throws {
        let jiusan = try #require(Coordinate(latitude: 38.9159, longitude: 121.6104))
        let yingchun = try #require(Coordinate(latitude: 38.8888, longitude: 121.6184))
        #expect(jiusan.kilometres(to: jiusan) == 0)
        #expect(abs(jiusan.kilometres(to: yingchun) - yingchun.kilometres(to: jiusan)) < 1e-9)
        #expect(abs(jiusan.kilometres(to: yingchun) - 3.09) < 0.01)
    }

    @Test(arguments: [(91.0, 0.0), (-90.5, 0.0), (0.0, 180.5), (0.0, -181.0)])
    func refusesPointsOffTheGlobe(_ latitude: Double, _ longitude: Double) {
        #expect(Coordinate(latitude: latitude, longitude: longitude) == nil)
    }
}
