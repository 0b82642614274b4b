"""The admin shows the background workers, the periodic jobs, and on its index page the
worker liveness and queue depth (`core.health`). Read-only: workers write these rows."""

from __future__ import annotations

from django.contrib import admin

from siapekspor.core.models import ScheduledJob, WorkerHeartbeat


class _ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(WorkerHeartbeat)
class WorkerHeartbeatAdmin(_ReadOnly):
    list_display = ("worker_id", "host", "pid", "started_at", "beat_at", "stopped_at", "tasks_done")
    list_filter = ("host",)


@admin.register(ScheduledJob)
class ScheduledJobAdmin(_ReadOnly):
    list_display = ("name", "last_slot", "last_enqueued_at", "last_task_id")


admin.site.index_template = "admin/siapekspor_index.html"
