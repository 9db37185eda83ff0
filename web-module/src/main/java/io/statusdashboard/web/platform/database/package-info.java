/** Where the data lives: the {@code SDB_DATABASE_URI} setting turned into the application's datasource. */
package io.statusdashboard.web.platform.database;
