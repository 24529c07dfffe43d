using System.Collections.Concurrent;
using Polis.Transit.Gtfs;

namespace Polis.Transit.Timetable;

/// <summary>
/// Which services run on which date: calendar.txt weekdays within its date range, then calendar_dates.txt
/// additions and removals on top (a feed may use either file alone).
/// </summary>
public sealed class ServiceCalendar
{
    private readonly Dictionary<string, GtfsCalendar> _calendars;
    private readonly Dictionary<(string ServiceId, DateOnly Date), GtfsExceptionType> _exceptions;
    private readonly string[] _serviceIds;
    private readonly ConcurrentDictionary<DateOnly, HashSet<string>> _activeByDate = new();

    public ServiceCalendar(IEnumerable<GtfsCalendar> calendars, IEnumerable<GtfsCalendarDate> exceptions)
    {
        _calendars = calendars.GroupBy(c => c.ServiceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _exceptions = [];
        foreach (var exception in exceptions)
        {
            _exceptions[(exception.ServiceId, exception.Date)] = exception.ExceptionType;
        }

        _serviceIds = [.. _calendars.Keys.Concat(_exceptions.Keys.Select(k => k.ServiceId)).Distinct(StringComparer.Ordinal)];
        var dates = _calendars.Values.SelectMany(c => new[] { c.StartDate, c.EndDate }).Concat(_exceptions.Keys.Select(k => k.Date)).ToList();
        if (dates.Count > 0)
        {
            FirstDate = dates.Min();
            LastDate = dates.Max();
        }
    }

    /// <summary>The first date any service can run (null for an empty calendar).</summary>
    public DateOnly? FirstDate { get; }

    public DateOnly? LastDate { get; }

    public bool IsActive(string serviceId, DateOnly date) => ActiveServices(date).Contains(serviceId);

    /// <summary>The services running on <paramref name="date"/> (cached per date: matching asks for the same few dates).</summary>
    public IReadOnlySet<string> ActiveServices(DateOnly date)
    {
        if (_activeByDate.TryGetValue(date, out var cached))
        {
            return cached;
        }

        var active = new HashSet<string>(StringComparer.Ordinal);
        foreach (var serviceId in _serviceIds)
        {
            var runs = _calendars.TryGetValue(serviceId, out var calendar) && calendar.RunsOn(date);
            if (_exceptions.TryGetValue((serviceId, date), out var exception))
            {
                runs = exception == GtfsExceptionType.Added;
            }

            if (runs)
            {
                active.Add(serviceId);
            }
        }

        if (_activeByDate.Count > 4096)
        {
            _activeByDate.Clear();
        }

        _activeByDate[date] = active;
        return active;
    }
}
