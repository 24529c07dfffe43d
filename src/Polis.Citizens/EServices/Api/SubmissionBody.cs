using System.Text.Json;

namespace Polis.Citizens.EServices.Api;

/// <summary>The <c>request</c> JSON part of a submission: which service, the form's answers, the chosen slot.</summary>
public sealed record SubmissionBody(string? ServiceCode, Dictionary<string, JsonElement>? Answers, string? SlotId);
