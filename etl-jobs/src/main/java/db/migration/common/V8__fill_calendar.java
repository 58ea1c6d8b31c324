package db.migration.common;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.marsad.core.extract.date.CalendarNames;

/**
 * Fills {@code dim_date} for 1900-01-01 to 2100-12-31. Written in Java because date arithmetic differs
 * between MariaDB and H2, and this way one migration serves both.
 */
public class V8__fill_calendar extends BaseJavaMigration {

    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);
    private static final int BATCH = 2_000;

    @Override
    public void migrate(Context context) throws Exception {
        String sql = "INSERT INTO dim_date (date_key, full_date, calendar_year, quarter, month_of_year, day_of_month, month_start, iso_week, day_of_week, "
                + "day_name_ar, month_name_ar) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
            int pending = 0;
            for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
                insert.setInt(1, d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth());
                insert.setDate(2, Date.valueOf(d));
                insert.setInt(3, d.getYear());
                insert.setInt(4, (d.getMonthValue() - 1) / 3 + 1);
                insert.setInt(5, d.getMonthValue());
                insert.setInt(6, d.getDayOfMonth());
                insert.setDate(7, Date.valueOf(d.withDayOfMonth(1)));
                insert.setInt(8, d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                insert.setInt(9, d.getDayOfWeek().getValue());
                insert.setString(10, CalendarNames.weekday(d.getDayOfWeek()));
                insert.setString(11, CalendarNames.gregorianMonth(d.getMonthValue()));
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }
}
