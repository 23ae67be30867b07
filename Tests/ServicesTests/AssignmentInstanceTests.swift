import Services
import Testing

@Suite struct AssignmentInstanceTests {
    func parse(_ text: String) throws -> AssignmentInstance {
        try AssignmentInstance(bytes: Array(text.utf8), file: "i.txt")
    }

    @Test func aSmallInstanceIsSolvedBothWays() throws {
        // Columns: A holds 1, B holds 2. Row 3 may only go to B.
        let instance = try parse("3 2\n1 2\n1 1 10\n1 2 4\n2 1 8\n2 2 7\n3 2 1\n")
        let best = instance.solve(minimize: false)
        #expect(best.assigned == 3)
        #expect(best.objective == 10 + 7 + 1)
        #expect(best.columnOfRow == [0, 1, 1])
        let cheapest = instance.solve(minimize: true)
        #expect(cheapest.objective == 4 + 8 + 1)
    }

    @Test func everyRowThatCanBeAssignedIsAssignedEvenAtALowerValue() throws {
        // Both rows want A (capacity 1); row 2 can also take B at a low value: both are placed.
        let answer = try parse("2 2\n1 1\n1 1 100\n2 1 90\n2 2 1\n").solve(minimize: false)
        #expect(answer.assigned == 2)
        #expect(answer.objective == 101)
    }

    /// With too little capacity the assignment-shaped solver gives up and the general one places the most
    /// rows at best value.
    @Test func tooLittleCapacityFallsBackToTheGeneralSolver() throws {
        let answer = try parse("3 1\n1\n1 1 10\n2 1 30\n3 1 20\n").solve(minimize: false)
        #expect(answer.assigned == 1)
        #expect(answer.objective == 30)
        #expect(answer.columnOfRow == [nil, 0, nil])
    }

    @Test(arguments: [
        ("2\n1 1\n", 1, "the number of columns is missing"),
        ("2 2\n1\n1 1 5\n", 2, "the capacity of column 2 is missing"),
        ("2 2\n1 1\n3 1 5\n", 3, "the row 3 is beyond the 2 rows"),
        ("2 2\n1 1\n1 1 5\n2 x 5\n", 4, "the column is not a whole number"),
        ("2 2\n1 1\n1 1 5 6\n", 3, "a pair line holds exactly: row column value"),
        ("2 2\n1 -1\n", 2, "the capacity of column 2 is -1, below 0"),
    ])
    func badInputNamesTheLine(text: String, line: Int, reason: String) {
        let error = #expect(throws: ImportError.self) { try parse(text) }
        #expect(error?.line == line)
        #expect(error?.reason == reason)
    }
}
