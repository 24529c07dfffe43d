using Polis.Transit.Timetable;

namespace Polis.Transit.Gtfs.Validation;

/// <summary>
/// Agencies, routes, stops and the calendar: one time zone, named routes, stops in use, date and time ranges in
/// order, frequencies that do not overlap, and a feed still valid for the coming weeks.
/// </summary>
internal static class GtfsServiceRules
{
    public static void Check(GtfsFeed feed, GtfsFeedIndex index, GtfsNoticeCollector notices, GtfsValidationContext context)
    {
        var timezone = feed.Agencies.FirstOrDefault(a => a.Timezone.Length > 0)?.Timezone;
        for (var i = 0; i < feed.Agencies.Count; i++)
        {
            if (feed.Agencies[i].Timezone is { Length: > 0 } other && other != timezone)
            {
                notices.Add(GtfsNoticeCodes.InconsistentAgencyTimezone, $"Agency \"{feed.Agencies[i].Name}\" uses {other} but the first agency uses {timezone}; all agencies must share one time zone.",
                    "agency.txt", context.Row("agency.txt", i), "agency_timezone", other);
            }
        }

        for (var i = 0; i < feed.Routes.Count; i++)
        {
            if (string.IsNullOrEmpty(feed.Routes[i].ShortName) && string.IsNullOrEmpty(feed.Routes[i].LongName))
            {
                notices.Add(GtfsNoticeCodes.RouteBothShortAndLongNameMissing, $"Route \"{feed.Routes[i].Id}\" has neither route_short_name nor route_long_name.",
                    "routes.txt", context.Row("routes.txt", i), "route_id", feed.Routes[i].Id);
            }
        }

        var served = new HashSet<string>(feed.StopTimes.Select(st => st.StopId), StringComparer.Ordinal);
        for (var i = 0; i < feed.Stops.Count; i++)
        {
            if (feed.Stops[i] is { LocationType: GtfsLocationType.Stop } stop && !served.Contains(stop.Id))
            {
                notices.Add(GtfsNoticeCodes.StopWithoutStopTime, $"Stop \"{stop.Id}\" ({stop.Name}) is not served by any trip.", "stops.txt", context.Row("stops.txt", i), "stop_id", stop.Id);
            }
        }

        CheckCalendar(feed, notices, context);
        CheckFrequencies(feed, notices, context);
    }

    private static void CheckCalendar(GtfsFeed feed, GtfsNoticeCollector notices, GtfsValidationContext context)
    {
        var lastDates = new Dictionary<string, (DateOnly Last, string File, int Index)>(StringComparer.Ordinal);
        for (var i = 0; i < feed.Calendars.Count; i++)
        {
            var calendar = feed.Calendars[i];
            if (calendar.StartDate > calendar.EndDate)
            {
                notices.Add(GtfsNoticeCodes.StartAndEndRangeOutOfOrder, $"Service \"{calendar.ServiceId}\" ends ({calendar.EndDate:yyyyMMdd}) before it starts ({calendar.StartDate:yyyyMMdd}).",
                    "calendar.txt", context.Row("calendar.txt", i), "end_date", calendar.EndDate.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));
            }

            Later(lastDates, calendar.ServiceId, calendar.EndDate, "calendar.txt", i);
        }

        for (var i = 0; i < feed.CalendarDates.Count; i++)
        {
            if (feed.CalendarDates[i].ExceptionType == GtfsExceptionType.Added)
            {
                Later(lastDates, feed.CalendarDates[i].ServiceId, feed.CalendarDates[i].Date, "calendar_dates.txt", i);
            }
        }

        foreach (var (serviceId, (last, file, index)) in lastDates)
        {
            if (last < context.Today)
            {
                notices.Add(GtfsNoticeCodes.ExpiredCalendar, $"Service \"{serviceId}\" last runs on {last:yyyy-MM-dd}, before today ({context.Today:yyyy-MM-dd}).",
                    file, context.Row(file, index), "service_id", serviceId);
            }
        }

        if (feed.FeedInfo is { } info)
        {
            if (info is { StartDate: { } start, EndDate: { } end } && start > end)
            {
                notices.Add(GtfsNoticeCodes.StartAndEndRangeOutOfOrder, $"feed_end_date {end:yyyyMMdd} is before feed_start_date {start:yyyyMMdd}.", "feed_info.txt", 2, "feed_end_date");
            }

            if (info.EndDate is { } expires && expires <= context.Today.AddDays(30))
            {
                var (code, days) = expires <= context.Today.AddDays(7) ? (GtfsNoticeCodes.FeedExpirationDate7Days, 7) : (GtfsNoticeCodes.FeedExpirationDate30Days, 30);
                notices.Add(code, $"The feed ends on {expires:yyyy-MM-dd}, within {days} days of today ({context.Today:yyyy-MM-dd}); publish the next one.", "feed_info.txt", 2, "feed_end_date");
            }
        }
    }

    private static void Later(Dictionary<string, (DateOnly Last, string File, int Index)> lastDates, string serviceId, DateOnly date, string file, int index)
    {
        if (!lastDates.TryGetValue(serviceId, out var known) || date > known.Last)
        {
            lastDates[serviceId] = (date, file, index);
        }
    }

    private static void CheckFrequencies(GtfsFeed feed, GtfsNoticeCollector notices, GtfsValidationContext context)
    {
        const string File = "frequencies.txt";
        var byTrip = Enumerable.Range(0, feed.Frequencies.Count).GroupBy(i => feed.Frequencies[i].TripId, StringComparer.Ordinal);
        foreach (var group in byTrip)
        {
            var ordered = group.OrderBy(i => feed.Frequencies[i].StartSeconds).ToList();
            for (var k = 0; k < ordered.Count; k++)
            {
                var frequency = feed.Frequencies[ordered[k]];
                if (frequency.StartSeconds >= frequency.EndSeconds)
                {
                    notices.Add(GtfsNoticeCodes.StartAndEndRangeOutOfOrder,
                        $"The frequency of trip \"{frequency.TripId}\" ends at {GtfsTime.Format(frequency.EndSeconds)}, not after it starts at {GtfsTime.Format(frequency.StartSeconds)}.",
                        File, context.Row(File, ordered[k]), "end_time", GtfsTime.Format(frequency.EndSeconds));
                }

                if (k > 0 && frequency.StartSeconds < feed.Frequencies[ordered[k - 1]].EndSeconds)
                {
                    notices.Add(GtfsNoticeCodes.OverlappingFrequency,
                        $"The frequency of trip \"{frequency.TripId}\" starting at {GtfsTime.Format(frequency.StartSeconds)} overlaps the one ending at {GtfsTime.Format(feed.Frequencies[ordered[k - 1]].EndSeconds)}.",
                        File, context.Row(File, ordered[k]), "start_time", GtfsTime.Format(frequency.StartSeconds));
                }
            }
        }
    }
}
