using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polis.LoadTest;

public static class LoadJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
