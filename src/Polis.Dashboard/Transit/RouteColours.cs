using System.Globalization;
using Polis.Transit.Gtfs;

namespace Polis.Dashboard.Transit;

/// <summary>
/// A route's colour as riders know it: routes.txt's <c>route_color</c> where the feed gives a valid one, else a muted
/// colour picked from the route id (stable across reloads and feed versions), chosen away from the delay colours so a
/// line never reads as a vehicle's state.
/// </summary>
public static class RouteColours
{
    private static readonly string[] Palette = ["#5c6bc0", "#8d6e63", "#26a69a", "#7e57c2", "#78909c", "#ec407a", "#9e9d24", "#42a5f5", "#6d4c41", "#00838f"];

    public static string Of(GtfsRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return Hex(route.Color) ?? Palette[(int)(StableHash(route.Id) % (uint)Palette.Length)];
    }

    /// <summary>Text on the route's colour: routes.txt's <c>route_text_color</c>, else black or white by contrast.</summary>
    public static string TextOf(GtfsRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (Hex(route.TextColor) is { } text)
        {
            return text;
        }

        var colour = Of(route);
        var (r, g, b) = (Channel(colour, 1), Channel(colour, 3), Channel(colour, 5));
        return (0.299 * r) + (0.587 * g) + (0.114 * b) > 150 ? "#000000" : "#ffffff";
    }

    private static string? Hex(string? value) =>
        value is { Length: 6 } && value.All(char.IsAsciiHexDigit) ? "#" + value.ToLowerInvariant() : null;

    private static int Channel(string colour, int at) => int.Parse(colour.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    // FNV-1a: string.GetHashCode differs per process, and a route must keep its colour from one page load to the next.
    private static uint StableHash(string text)
    {
        var hash = 2_166_136_261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16_777_619u;
        }

        return hash;
    }
}
