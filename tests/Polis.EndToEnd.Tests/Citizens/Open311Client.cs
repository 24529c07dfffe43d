using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>Open311 over plain HTTP, as a client like FixMyStreet speaks it: GETs with query strings, form-encoded POSTs.</summary>
public sealed class Open311Client(HttpClient http)
{
    public async Task<(HttpStatusCode Status, string Body, string? MediaType)> GetAsync(string path)
    {
        var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    public async Task<(HttpStatusCode Status, string Body)> PostFormAsync(string path, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        var response = await http.PostAsync(new Uri(path, UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<(HttpStatusCode Status, string Body)> PostMultipartAsync(string path, byte[] media, string fileName, string declaredType, params (string Name, string Value)[] fields)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(media);
        file.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        content.Add(file, "media", fileName);
        var response = await http.PostAsync(new Uri(path, UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The XML body's root and its items' element names ("services/service"), for comparing with the spec's examples.</summary>
    public static string XmlShape(string xml)
    {
        var root = XDocument.Parse(xml).Root!;
        return $"{root.Name.LocalName}/{string.Join(',', root.Elements().Select(e => e.Name.LocalName).Distinct())}";
    }
}
