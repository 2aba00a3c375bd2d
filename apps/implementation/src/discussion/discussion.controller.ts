import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import {
  AddCommentCommand,
  DownloadAttachmentCommand,
  ListDiscussionCommand,
  UploadAttachmentCommand,
  runCommand,
  type CommandResult,
  type Page,
} from '@ndip/platform';
import { DiscussionService, type AttachmentContent, type AttachmentView, type CommentView } from './discussion.service';

@Controller()
export class DiscussionController {
  constructor(private readonly discussion: DiscussionService) {}

  @MessagePattern(COMMANDS.implementation.addComment)
  addComment(@Payload() msg: unknown): Promise<CommandResult<CommentView>> {
    return runCommand(msg, AddCommentCommand, (d, cmd) => this.discussion.addComment(d, cmd));
  }

  @MessagePattern(COMMANDS.implementation.uploadAttachment)
  upload(@Payload() msg: unknown): Promise<CommandResult<AttachmentView>> {
    return runCommand(msg, UploadAttachmentCommand, (d, cmd) => this.discussion.upload(d, cmd));
  }

  @MessagePattern(COMMANDS.implementation.listDiscussion)
  list(@Payload() msg: unknown): Promise<CommandResult<Page<CommentView | AttachmentView>>> {
    return runCommand(msg, ListDiscussionCommand, (d, cmd) => this.discussion.list(d, cmd.actor));
  }

  @MessagePattern(COMMANDS.implementation.downloadAttachment)
  download(@Payload() msg: unknown): Promise<CommandResult<AttachmentContent>> {
    return runCommand(msg, DownloadAttachmentCommand, (d, cmd) => this.discussion.download(d, cmd));
  }
}
