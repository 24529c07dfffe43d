using System.Globalization;
using System.Net;

namespace Polis.LoadTest;

/// <summary>What both modes' option parsers share: <c>--name value</c> pairs, bounded integers, loopback-only targets.</summary>
internal static class OptionArguments
{
    public static IEnumerable<(string Name, string Value)> Pairs(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"Option {args[i]} needs a value.");
            }

            yield return (args[i], args[i + 1]);
        }
    }

    public static int Int(string name, string value, int min, int max)
    {
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            throw new ArgumentException($"{name} must be an integer in [{min}, {max}]; got '{value}'.");
        }

        return number;
    }

    /// <summary>Load is only ever sent to this machine.</summary>
    public static void RequireLoopback(string host)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (!IPAddress.TryParse(host.Trim('[', ']'), out var address) || !IPAddress.IsLoopback(address))
        {
            throw new ArgumentException($"'{host}' is not a loopback address; the load tool only targets this machine (127.0.0.0/8, ::1, localhost).");
        }
    }
}
