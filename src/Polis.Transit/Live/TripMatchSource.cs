namespace Polis.Transit.Live;

/// <summary>How the vehicle's trip was found.</summary>
public enum TripMatchSource
{
    /// <summary>Not matched to any trip (out of service, off route, or no candidate fits).</summary>
    None = 0,

    /// <summary>The vehicle reported its trip_id and the report fits it.</summary>
    Assigned = 1,

    /// <summary>Found by spatio-temporal matching against scheduled trips and shapes.</summary>
    Matched = 2,
}
