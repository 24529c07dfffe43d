using System.Text;
using Polis.Platform.Devices;

namespace Polis.Dashboard.Registry;

/// <summary>
/// The created devices' ids and tokens as a CSV data URL. The page puts it in a download link in the browser and
/// drops it after one download: the tokens are never written on the server, in logs or in browser storage.
/// </summary>
public static class TokenCsv
{
    public static string DataUrl(IEnumerable<CreatedDevice> created)
    {
        ArgumentNullException.ThrowIfNull(created);
        var csv = new StringBuilder("id,token\n");
        foreach (var device in created)
        {
            csv.Append(Quoted(device.Device.Id)).Append(',').Append(Quoted(device.AccessToken)).Append('\n');
        }

        return "data:text/csv;charset=utf-8;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(csv.ToString()));
    }

    // Ids and generated tokens need no quoting, but a supplied token may hold a comma or a quote.
    private static string Quoted(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
