using Polis.Storage.Sqlite;

namespace Polis.BillingBench;

/// <summary>
/// Lets the benchmark issue the same bills again on a kept database: issued bills are append-only by trigger, so it
/// drops the triggers, deletes runs, bills and adjustments, and puts the triggers back as migration 0018 made them.
/// Never do this to a real database.
/// </summary>
internal static class BenchReset
{
    public static void ForgetBills(SqliteDatabase database)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText =
            """
            DROP TRIGGER metering_bills_no_delete; DROP TRIGGER metering_bill_adjustments_no_delete;
            DELETE FROM metering_bill_adjustments; DELETE FROM metering_bills; DELETE FROM metering_billing_runs; DELETE FROM metering_tariff_versions_billed;
            CREATE TRIGGER metering_bills_no_delete BEFORE DELETE ON metering_bills
            BEGIN SELECT RAISE(ABORT, 'an issued bill never changes: corrections are adjustments'); END;
            CREATE TRIGGER metering_bill_adjustments_no_delete BEFORE DELETE ON metering_bill_adjustments
            BEGIN SELECT RAISE(ABORT, 'bill adjustments are append-only'); END;
            """;
        command.ExecuteNonQuery();
        transaction.Commit();
    }
}
