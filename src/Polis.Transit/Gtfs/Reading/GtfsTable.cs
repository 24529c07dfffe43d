using Polis.Transit.Gtfs.Validation;

namespace Polis.Transit.Gtfs.Reading;

/// <summary>
/// One GTFS file being read: checks the header against its <see cref="GtfsFileSchema"/>, then hands out rows
/// whose fields are parsed by <see cref="GtfsFieldParser"/>. Blank rows and rows of the wrong length are reported
/// and skipped, so the mappers only see rows that line up with the header.
/// </summary>
internal sealed class GtfsTable
{
    private const int ProgressEvery = 65_536;

    private readonly CsvReader _csv;
    private readonly string[] _header;
    private readonly List<int> _rowNumbers;
    private readonly IProgress<GtfsImportProgress>? _progress;

    private GtfsTable(GtfsFileSchema schema, CsvReader csv, string[] header, GtfsTableContext context)
    {
        Schema = schema;
        _csv = csv;
        _header = header;
        Notices = context.Notices;
        Fields = new GtfsFieldParser(this, csv, context.Notices, context.Pool);
        _rowNumbers = context.RowNumbers.For(schema.FileName);
        _progress = context.Progress;
    }

    public GtfsFileSchema Schema { get; }

    public string File => Schema.FileName;

    public GtfsFieldParser Fields { get; }

    public GtfsNoticeCollector Notices { get; }

    /// <summary>Data rows handed out so far.</summary>
    public int Rows { get; private set; }

    /// <summary>The current row as a spreadsheet numbers it (the header is row 1).</summary>
    public int Row => _csv.Row;

    /// <summary>Reads and checks the header; null when the file has none or lacks a required column (nothing in it is usable).</summary>
    public static GtfsTable? Open(GtfsFileSchema schema, CsvReader csv, GtfsTableContext context)
    {
        var notices = context.Notices;
        var file = schema.FileName;
        if (!csv.Read() || csv.IsBlank())
        {
            notices.Add(GtfsNoticeCodes.EmptyFile, $"{file} is empty: a GTFS file starts with a header row naming its columns.", file, 1);
            return null;
        }

        var header = new string[csv.FieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            // Some exporters repeat the byte order mark or pad names (" exact_times"): names are compared trimmed.
            header[i] = csv[i].TrimStart('\uFEFF').Trim().ToString();
            if (header[i].Length == 0)
            {
                notices.Add(GtfsNoticeCodes.EmptyColumnName, $"Column {i + 1} of the header has no name.", file, 1);
            }
            else if (Array.IndexOf(header, header[i], 0, i) >= 0)
            {
                notices.Add(GtfsNoticeCodes.DuplicatedColumn, $"The column {header[i]} appears twice in the header.", file, 1, header[i]);
                header[i] = string.Empty; // the first one is read, the repeat ignored
            }
            else if (!schema.Knows(header[i]))
            {
                notices.Add(GtfsNoticeCodes.UnknownColumn, $"The column {header[i]} is not part of GTFS for {file}; it is ignored.", file, 1, header[i]);
            }
        }

        var missing = schema.RequiredColumns.Where(c => Array.IndexOf(header, c) < 0).ToList();
        foreach (var column in missing)
        {
            notices.Add(GtfsNoticeCodes.MissingRequiredColumn, $"{file} has no {column} column, which GTFS requires.", file, 1, column);
        }

        return missing.Count > 0 ? null : new GtfsTable(schema, csv, header, context);
    }

    /// <summary>The index of <paramref name="column"/> in the header, or -1 when the file does not have it.</summary>
    public int Column(string column) => Array.IndexOf(_header, column);

    public string ColumnName(int column) => _header[column];

    /// <summary>Moves to the next data row; false at the end of the file.</summary>
    public bool Next()
    {
        while (_csv.Read())
        {
            if (_csv.IsBlank())
            {
                Notices.Add(GtfsNoticeCodes.EmptyRow, "The row is empty; it is skipped.", File, _csv.Row);
                continue;
            }

            if (_csv.FieldCount != _header.Length)
            {
                Notices.Add(GtfsNoticeCodes.InvalidRowLength,
                    $"The row has {_csv.FieldCount} values but the header names {_header.Length} columns; it is skipped.", File, _csv.Row);
                continue;
            }

            CheckText();
            Rows++;
            _rowNumbers.Add(_csv.Row);
            if (Rows % ProgressEvery == 0)
            {
                _progress?.Report(new GtfsImportProgress(GtfsImportStage.Reading, File, Rows));
            }

            return true;
        }

        if (_csv.RecordTooLong)
        {
            Notices.Add(GtfsNoticeCodes.CsvParsingFailed,
                $"The row starting at line {_csv.Line} is longer than {CsvReader.DefaultMaxRecordChars:N0} characters (a quote never closed?); reading stopped there.", File, _csv.Row);
        }

        return false;
    }

    /// <summary>The current row made no record (its key values were unusable): it no longer counts.</summary>
    public void Drop()
    {
        Rows--;
        _rowNumbers.RemoveAt(_rowNumbers.Count - 1);
    }

    private void CheckText()
    {
        if (_csv.HasNewLineInValue)
        {
            Notices.Add(GtfsNoticeCodes.NewLineInValue, "A quoted value of this row contains a line break, which GTFS does not allow.", File, _csv.Row);
        }

        if (_csv.HasMalformedQuotes)
        {
            Notices.Add(GtfsNoticeCodes.CsvParsingFailed, "The row's quotes are unbalanced (text after a closing quote, or a quote never closed).", File, _csv.Row);
        }

        for (var i = 0; i < _csv.FieldCount; i++)
        {
            if (_csv.IsPadded(i) && _header[i].Length > 0)
            {
                Notices.Add(GtfsNoticeCodes.LeadingOrTrailingWhitespaces, $"The value of {_header[i]} has spaces around it; they are removed.", File, _csv.Row, _header[i], _csv[i].ToString());
            }
        }
    }
}
