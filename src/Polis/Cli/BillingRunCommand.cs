using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;
using Polis.Metering.Billing;
using Polis.Metering.Billing.Runs;
using Polis.Platform.City;
using Polis.Platform.Hosting;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Metering;

namespace Polis.Cli;

/// <summary>
/// <c>polis billing run --period 2026-10 [--accounts a,b] [--data-dir DIR]</c>: bills a month from the validated data
/// in the local polis.db (the same file a server on that data directory uses), with a progress bar and a summary.
/// Exit codes: 0 every bill in scope issued, unchanged or adjusted; 1 something was refused (listed) or the run
/// failed; 2 usage (bad period, unknown account, bad switch).
/// </summary>
internal static class BillingRunCommand
{
    public const string Usage = "usage: polis billing run --period yyyy-MM [--accounts acct-1,acct-2] [--data-dir ./data] [--Polis:City:TimeZone Europe/Copenhagen]";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not ["run", .. var rest] || CliArguments.Parse(rest, ["--period", "--accounts"]) is not var (named, settings))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        if (!BillPeriod.TryParseMonth(named.GetValueOrDefault("--period"), out var period))
        {
            await Console.Error.WriteLineAsync($"polis billing run: --period is a month written yyyy-MM, such as 2026-10, not '{named.GetValueOrDefault("--period")}'.\n{Usage}");
            return 2;
        }

        var accounts = named.GetValueOrDefault("--accounts")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        PolisOptions polis;
        CityOptions city;
        BillingRunOptions billing;
        try
        {
            var configuration = CliArguments.Configuration(settings);
            polis = CliArguments.Bind<PolisOptions>(configuration, PolisOptions.SectionName);
            city = CliArguments.Bind<CityOptions>(configuration, CityOptions.SectionName);
            billing = CliArguments.Bind<BillingRunOptions>(configuration, BillingRunOptions.SectionName);
            _ = city.Zone;
        }
        catch (Exception ex) when (ex is ValidationException or InvalidOperationException or FormatException or TimeZoneNotFoundException)
        {
            await Console.Error.WriteLineAsync($"polis billing run: {ex.Message}\n{Usage}");
            return 2;
        }

        try
        {
            var database = new SqliteDatabase(Path.Combine(polis.ResolveDataDirectory(), SqliteStorageServiceCollectionExtensions.FileName));
            database.Migrate();
            var runs = new SqliteBillingRunStore(database);
            if (accounts is { Length: > 0 } && await runs.UnknownAccountsAsync(accounts) is { Count: > 0 } unknown)
            {
                await Console.Error.WriteLineAsync($"polis billing run: there is no account {string.Join(", ", unknown)} in {database.FilePath}.");
                return 2;
            }

            var service = new BillingRunService(runs, new SqliteTariffStore(database), new SqliteIntervalStore(database),
                Microsoft.Extensions.Options.Options.Create(city), Microsoft.Extensions.Options.Options.Create(billing), TimeProvider.System);
            var actor = $"cli:{Environment.UserName}";
            var summary = await BillingRunProgressDisplay.RunAsync(progress => service.RunAsync(period!, accounts is { Length: > 0 } ? accounts : null, actor, progress));
            BillingRunSummaryTable.Print(summary, database.FilePath);
            return summary.Refused > 0 ? 1 : 0;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"polis billing run: {ex.Message}");
            return 1;
        }
    }
}
