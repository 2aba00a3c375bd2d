import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import { InitiativeIdDto, ListChatMessagesCommand, MarkChatReadCommand, PostChatMessageCommand, runCommand, type CommandResult } from '@ndip/platform';
import { ChatService, type ChatMessageView, type ChatPage } from './chat.service';

@Controller()
export class ChatController {
  constructor(private readonly chat: ChatService) {}

  @MessagePattern(COMMANDS.attraction.postChatMessage)
  post(@Payload() msg: unknown): Promise<CommandResult<ChatMessageView>> {
    return runCommand(msg, PostChatMessageCommand, (d, cmd) => this.chat.post(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.listChatMessages)
  list(@Payload() msg: unknown): Promise<CommandResult<ChatPage>> {
    return runCommand(msg, ListChatMessagesCommand, (d, cmd) => this.chat.list(d, cmd.actor));
  }

  @MessagePattern(COMMANDS.attraction.markChatRead)
  markRead(@Payload() msg: unknown): Promise<CommandResult<ChatPage['read']>> {
    return runCommand(msg, MarkChatReadCommand, (d, cmd) => this.chat.markRead(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.chatAccess)
  access(@Payload() msg: unknown): Promise<CommandResult<Awaited<ReturnType<ChatService['access']>>>> {
    return runCommand(msg, InitiativeIdDto, (d, cmd) => this.chat.access(d, cmd.actor));
  }
}
