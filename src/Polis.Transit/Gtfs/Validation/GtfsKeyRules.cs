namespace Polis.Transit.Gtfs.Validation;

/// <summary>duplicate_key and foreign_key_violation: every id once, every reference to something that exists.</summary>
internal static class GtfsKeyRules
{
    public static void Check(GtfsFeed feed, GtfsFeedIndex index, GtfsNoticeCollector notices, GtfsValidationContext context)
    {
        var checker = new Checker(notices, context);
        checker.Unique("agency.txt", feed.Agencies, a => a.Id, "agency_id");
        checker.Unique("stops.txt", feed.Stops, s => s.Id, "stop_id");
        checker.Unique("routes.txt", feed.Routes, r => r.Id, "route_id");
        checker.Unique("trips.txt", feed.Trips, t => t.Id, "trip_id");
        checker.Unique("calendar.txt", feed.Calendars, c => c.ServiceId, "service_id");
        checker.Unique("calendar_dates.txt", feed.CalendarDates, d => (d.ServiceId, d.Date), "service_id, date");
        checker.Unique("stop_times.txt", feed.StopTimes, st => (st.TripId, st.StopSequence), "trip_id, stop_sequence");
        checker.Unique("shapes.txt", feed.ShapePoints, p => (p.ShapeId, p.Sequence), "shape_id, shape_pt_sequence");
        checker.Unique("frequencies.txt", feed.Frequencies, f => (f.TripId, f.StartSeconds), "trip_id, start_time");

        var agencyIds = feed.Agencies.Count > 1 || feed.Agencies.Any(a => a.Id.Length > 0) ? index.Agencies : null;
        checker.References("stops.txt", feed.Stops, s => s.ParentStation, "parent_station", index.Stops, "stops.txt");
        checker.References("routes.txt", feed.Routes, r => r.AgencyId, "agency_id", agencyIds, "agency.txt");
        checker.References("trips.txt", feed.Trips, t => t.RouteId, "route_id", index.Routes, "routes.txt");
        checker.References("trips.txt", feed.Trips, t => t.ServiceId, "service_id", index.ServiceIds, "calendar.txt or calendar_dates.txt");
        checker.References("trips.txt", feed.Trips, t => t.ShapeId, "shape_id", index.PointsByShape, "shapes.txt");
        checker.References("stop_times.txt", feed.StopTimes, st => st.TripId, "trip_id", index.Trips, "trips.txt");
        checker.References("stop_times.txt", feed.StopTimes, st => st.StopId, "stop_id", index.Stops, "stops.txt");
        checker.References("frequencies.txt", feed.Frequencies, f => f.TripId, "trip_id", index.Trips, "trips.txt");

        // agency_id is optional only while the feed has one agency; with several, every agency and route must name one.
        if (feed.Agencies.Count > 1)
        {
            checker.Required("agency.txt", feed.Agencies, a => a.Id, "agency_id", " when the feed has several agencies");
            checker.Required("routes.txt", feed.Routes, r => r.AgencyId, "agency_id", " when the feed has several agencies");
        }
    }

    private sealed class Checker(GtfsNoticeCollector notices, GtfsValidationContext context)
    {
        public void Unique<T, TKey>(string file, List<T> rows, Func<T, TKey> key, string columns)
            where TKey : notnull
        {
            var first = new Dictionary<TKey, int>(rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var value = key(rows[i]);
                if (value is string { Length: 0 })
                {
                    continue; // an empty id is missing_required_field (or allowed, for a lone agency), not a duplicate
                }

                if (!first.TryAdd(value, i))
                {
                    var shown = Shown(value);
                    notices.Add(GtfsNoticeCodes.DuplicateKey, $"{columns} {shown} is already used by row {context.Row(file, first[value])}; keys must be unique.",
                        file, context.Row(file, i), columns, shown);
                }
            }
        }

        public void References<T, TTarget>(string file, List<T> rows, Func<T, string?> value, string column, IReadOnlyDictionary<string, TTarget>? targets, string targetFile)
        {
            if (targets is not null)
            {
                References(file, rows, value, column, new Lookup(targets.ContainsKey), targetFile);
            }
        }

        public void References<T>(string file, List<T> rows, Func<T, string?> value, string column, HashSet<string> targets, string targetFile) =>
            References(file, rows, value, column, new Lookup(targets.Contains), targetFile);

        public void Required<T>(string file, List<T> rows, Func<T, string?> value, string column, string why)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (string.IsNullOrEmpty(value(rows[i])))
                {
                    notices.Add(GtfsNoticeCodes.MissingRequiredField, $"{column} is required{why} but empty.", file, context.Row(file, i), column);
                }
            }
        }

        private void References<T>(string file, List<T> rows, Func<T, string?> value, string column, Lookup exists, string targetFile)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (value(rows[i]) is { Length: > 0 } id && !exists(id))
                {
                    notices.Add(GtfsNoticeCodes.ForeignKeyViolation, $"{column} \"{id}\" does not exist in {targetFile}.", file, context.Row(file, i), column, id);
                }
            }
        }

        private static string Shown<TKey>(TKey value) => value switch
        {
            ValueTuple<string, DateOnly> t => $"({t.Item1}, {t.Item2:yyyyMMdd})",
            ValueTuple<string, int> t => $"({t.Item1}, {t.Item2})",
            _ => $"\"{value}\"",
        };

        private delegate bool Lookup(string id);
    }
}
