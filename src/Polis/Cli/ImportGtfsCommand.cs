using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Polis.Platform.Hosting;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Transit;
using Polis.Transit.Feeds;
using Spectre.Console;

namespace Polis.Cli;

/// <summary>
/// <c>polis import gtfs &lt;zip&gt; [--data-dir DIR]</c>: validates a GTFS zip and imports it into the local database
/// (the same polis.db a server on that data directory uses, which picks the new feed up within seconds).
/// Exit codes: 0 imported (or already the active feed), 1 refused or failed, 2 usage.
/// </summary>
internal static class ImportGtfsCommand
{
    public const string Usage = "usage: polis import gtfs <feed.zip> [--data-dir ./data] [--Polis:DataDirectory ./data] [--Polis:Transit:Feeds:MaxUncompressedBytes N]";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not ["gtfs", .. var rest] || ParseArguments(rest) is not var (zipPath, settings) || zipPath is null)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        if (!File.Exists(zipPath))
        {
            await Console.Error.WriteLineAsync($"polis import gtfs: {zipPath} does not exist.\n{Usage}");
            return 2;
        }

        PolisOptions polis;
        TransitFeedOptions feeds;
        try
        {
            var configuration = CliArguments.Configuration(settings);
            polis = CliArguments.Bind<PolisOptions>(configuration, PolisOptions.SectionName);
            feeds = CliArguments.Bind<TransitFeedOptions>(configuration, TransitFeedOptions.SectionName);
        }
        catch (Exception ex) when (ex is ValidationException or InvalidOperationException or FormatException)
        {
            await Console.Error.WriteLineAsync($"polis import gtfs: {ex.Message}\n{Usage}");
            return 2;
        }

        try
        {
            var database = new SqliteDatabase(Path.Combine(polis.ResolveDataDirectory(), SqliteStorageServiceCollectionExtensions.FileName));
            database.Migrate();
            var options = Microsoft.Extensions.Options.Options.Create(feeds);
            var importer = new TransitFeedImporter(new SqliteTransitFeedStore(database, options, TimeProvider.System), options, TimeProvider.System, NullLogger<TransitFeedImporter>.Instance);
            await using var zip = File.OpenRead(zipPath);
            var result = await ImportProgress.RunAsync(progress => importer.ImportAsync(zip, Path.GetFileName(zipPath), progress));
            ImportSummary.Print(result, database.FilePath);
            return result.Outcome == TransitFeedImportOutcome.Refused ? 1 : 0;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"polis import gtfs: {ex.Message}");
            return 1;
        }
    }

    /// <summary>The zip path and the configuration switches (--data-dir becomes --Polis:DataDirectory); null on a malformed line.</summary>
    private static (string? ZipPath, string[] Settings)? ParseArguments(string[] args)
    {
        string? zipPath = null;
        var settings = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                if (zipPath is not null)
                {
                    return null;
                }

                zipPath = args[i];
                continue;
            }

            if (args[i].Contains('=', StringComparison.Ordinal))
            {
                settings.Add(args[i]);
                continue;
            }

            if (i + 1 >= args.Length)
            {
                return null;
            }

            settings.Add(args[i] == "--data-dir" ? "--Polis:DataDirectory" : args[i]);
            settings.Add(args[++i]);
        }

        return (zipPath, [.. settings]);
    }
}
