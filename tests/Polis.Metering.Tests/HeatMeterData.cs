using System.Globalization;

namespace Polis.Metering.Tests;

/// <summary>
/// Real readings: ../shared/data/metering/danish_heat_meter/processed_final_data_sample.csv, three years of hourly
/// cumulative heat energy (kWh) of one Danish heat meter (meter 660; see the data set's README).
/// </summary>
internal static class HeatMeterData
{
    public static string Path()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(System.IO.Path.Combine(root, "Polis.slnx")))
        {
            root = System.IO.Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Polis.slnx not found above the test directory.");
        }

        return System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared", "data", "metering", "danish_heat_meter", "processed_final_data_sample.csv"));
    }

    /// <summary>(time_rounded, energy_heat_kwh) of every row, in file order.</summary>
    public static IReadOnlyList<(DateTimeOffset At, double Kwh)> Readings() =>
        File.ReadLines(Path()).Skip(1).Select(line => line.Split(','))
            .Select(f => (DateTimeOffset.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture)))
            .ToList();
}
