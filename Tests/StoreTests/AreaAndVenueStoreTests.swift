import Domain
import Store
import Testing
import TestSupport

@Suite struct AreaAndVenueStoreTests {
    @Test func areasRoundTrip() throws {
        let database = try AppDatabase.inMemory()
        try database.insertAreas(TestAreas.all)
        #expect(try database.areas() == TestAreas.all.sorted { $0.id < $1.id })
        #expect(try database.area(TestAreas.tianchi)?.parentID == TestAreas.baiyun)
        #expect(try database.area("210203099001") == nil)
    }

    @Test func areasMayArriveChildrenFirst() throws {
        let database = try AppDatabase.inMemory()
        try database.insertAreas(TestAreas.all.reversed())
        #expect(try database.areas().count == TestAreas.all.count)
    }

    @Test func syntheticFlagRoundTrips() throws {
        let database = try AppDatabase.seededForTests()
        var made = try #require(TestAreas.all.last)
        made.id = "210203013099"
        made.nameZh = "虚构社区"
        made.isSynthetic = true
        try database.insertAreas([made])
        #expect(try database.areas().first { $0.id == made.id } == made)
    }

    @Test func physicalAndOnlineVenuesRoundTrip() throws {
        let database = try AppDatabase.seededForTests()
        let centre = Venue.fixture(
            id: "V-CENTRE", kind: .centre, name: "西岗区公共法律服务中心", areaID: TestAreas.xigang,
            address: "北京街77号", coordinate: TestAreas.coordinate(of: TestAreas.xigang), capacity: 20,
            openingHours: [TestTime.window("Mon 08:30-11:30"), TestTime.window("Mon 13:00-17:00"), TestTime.window("Sat 09:00-12:00")])
        let venues = [centre, .fixture(), .onlineRoom()]
        try database.insertVenues(venues)
        #expect(try database.venues() == venues.sorted { $0.id < $1.id })
    }

    @Test func counterCountsSubdistrictsAndCommunities() throws {
        let counts = try AppDatabase.seededForTests().counts()
        #expect(counts.subdistricts == 2)
        #expect(counts.communities == 4)
        #expect(counts.experts == 0)
    }

    @Test func databaseIsEmptyUntilAreasArrive() throws {
        let database = try AppDatabase.inMemory()
        #expect(try database.isEmpty())
        try database.insertAreas(TestAreas.all)
        #expect(try !database.isEmpty())
    }

    @Test func metaValueIsReplacedNotDuplicated() throws {
        let database = try AppDatabase.inMemory()
        #expect(try database.meta("dataset") == nil)
        try database.setMeta("dataset", to: "xigang v1")
        try database.setMeta("dataset", to: "xigang v2")
        #expect(try database.meta("dataset") == "xigang v2")
    }
}
