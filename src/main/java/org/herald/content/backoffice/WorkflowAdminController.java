package org.herald.content.backoffice;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.accounts.Actor;
import org.herald.accounts.CurrentActor;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.accounts.UserDirectory;
import org.herald.content.ApproveContent;
import org.herald.content.LocalTimes;
import org.herald.content.ArchiveContent;
import org.herald.content.CancelSchedule;
import org.herald.content.CommentOnContent;
import org.herald.content.DeleteContent;
import org.herald.content.PublishContent;
import org.herald.content.ReopenContent;
import org.herald.content.RequestChanges;
import org.herald.content.SchedulePublication;
import org.herald.content.ScheduleUnpublication;
import org.herald.content.SubmitForReview;
import org.herald.content.UnpublishContent;
import org.herald.web.BackOfficeScreen;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The buttons of the editor's workflow panel, one route per move, each calling its action (the
 * same the scheduler and any API call). A refused move comes back as a page saying why
 * ({@link AdminErrors}).
 */
@BackOfficeScreen
@Controller
class WorkflowAdminController {

    private final CurrentActor actors;
    private final UserDirectory users;
    private final SubmitForReview submit;
    private final ApproveContent approve;
    private final RequestChanges requestChanges;
    private final SchedulePublication schedule;
    private final CancelSchedule cancelSchedule;
    private final ScheduleUnpublication unpublishAt;
    private final PublishContent publish;
    private final UnpublishContent unpublish;
    private final ArchiveContent archive;
    private final ReopenContent reopen;
    private final DeleteContent delete;
    private final CommentOnContent comment;

    WorkflowAdminController(CurrentActor actors, UserDirectory users, SubmitForReview submit, ApproveContent approve,
                            RequestChanges requestChanges, SchedulePublication schedule, CancelSchedule cancelSchedule,
                            ScheduleUnpublication unpublishAt, PublishContent publish, UnpublishContent unpublish,
                            ArchiveContent archive, ReopenContent reopen, DeleteContent delete,
                            CommentOnContent comment) {
        this.actors = actors;
        this.users = users;
        this.submit = submit;
        this.approve = approve;
        this.requestChanges = requestChanges;
        this.schedule = schedule;
        this.cancelSchedule = cancelSchedule;
        this.unpublishAt = unpublishAt;
        this.publish = publish;
        this.unpublish = unpublish;
        this.archive = archive;
        this.reopen = reopen;
        this.delete = delete;
        this.comment = comment;
    }

    @PostMapping("/admin/content/{id}/submit")
    @RequiresPermission(Permission.CONTENT_EDIT)
    String submit(@PathVariable long id, @RequestParam(required = false) String note, HttpServletRequest request) {
        submit.submit(actors.of(request), id, note);
        return done(id, "submitted");
    }

    @PostMapping("/admin/content/{id}/approve")
    @RequiresPermission(Permission.CONTENT_REVIEW)
    String approve(@PathVariable long id, @RequestParam(required = false) String note, HttpServletRequest request) {
        approve.approve(actors.of(request), id, note);
        return done(id, "approved");
    }

    @PostMapping("/admin/content/{id}/request-changes")
    @RequiresPermission(Permission.CONTENT_REVIEW)
    String requestChanges(@PathVariable long id, @RequestParam(required = false) String comment,
                          HttpServletRequest request) {
        requestChanges.request(actors.of(request), id, comment);
        return done(id, "sent-back");
    }

    @PostMapping("/admin/content/{id}/schedule")
    @RequiresPermission(Permission.CONTENT_PUBLISH)
    String schedule(@PathVariable long id, @RequestParam(required = false) String publishAt,
                    @RequestParam(required = false) String unpublishAt, HttpServletRequest request) {
        Actor actor = actors.of(request);
        java.time.ZoneId zone = users.zoneOf(actor);
        schedule.schedule(actor, id, LocalTimes.toInstant(publishAt, zone), LocalTimes.toInstant(unpublishAt, zone));
        return done(id, "scheduled");
    }

    @PostMapping("/admin/content/{id}/cancel-schedule")
    @RequiresPermission(Permission.CONTENT_PUBLISH)
    String cancelSchedule(@PathVariable long id, HttpServletRequest request) {
        cancelSchedule.cancel(actors.of(request), id);
        return done(id, "schedule-cancelled");
    }

    @PostMapping("/admin/content/{id}/unpublish-at")
    @RequiresPermission(Permission.CONTENT_PUBLISH)
    String unpublishAt(@PathVariable long id, @RequestParam(required = false) String unpublishAt,
                       HttpServletRequest request) {
        Actor actor = actors.of(request);
        this.unpublishAt.set(actor, id, LocalTimes.toInstant(unpublishAt, users.zoneOf(actor)));
        return done(id, "unpublish-time-set");
    }

    @PostMapping("/admin/content/{id}/publish")
    @RequiresPermission(Permission.CONTENT_PUBLISH)
    String publish(@PathVariable long id, HttpServletRequest request) {
        publish.publish(actors.of(request), id);
        return done(id, "published");
    }

    @PostMapping("/admin/content/{id}/unpublish")
    @RequiresPermission(Permission.CONTENT_PUBLISH)
    String unpublish(@PathVariable long id, HttpServletRequest request) {
        unpublish.unpublish(actors.of(request), id);
        return done(id, "unpublished");
    }

    @PostMapping("/admin/content/{id}/archive")
    @RequiresPermission(Permission.CONTENT_PUBLISH)
    String archive(@PathVariable long id, HttpServletRequest request) {
        archive.archive(actors.of(request), id);
        return done(id, "archived");
    }

    @PostMapping("/admin/content/{id}/reopen")
    @RequiresPermission(Permission.CONTENT_PUBLISH)
    String reopen(@PathVariable long id, HttpServletRequest request) {
        reopen.reopen(actors.of(request), id);
        return done(id, "reopened");
    }

    @PostMapping("/admin/content/{id}/delete")
    @RequiresPermission(Permission.CONTENT_DELETE)
    String delete(@PathVariable long id, HttpServletRequest request) {
        delete.delete(actors.of(request), id);
        return "redirect:/admin?deleted";
    }

    @PostMapping("/admin/content/{id}/comments")
    @RequiresPermission(Permission.CONTENT_COMMENT)
    String comment(@PathVariable long id, @RequestParam(required = false) String comment, HttpServletRequest request) {
        this.comment.comment(actors.of(request), id, comment);
        return "redirect:/admin/content/" + id + "?commented#comments";
    }

    private static String done(long id, String what) {
        return "redirect:/admin/content/" + id + "?" + what;
    }
}
